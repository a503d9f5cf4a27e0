import { type ArgumentMetadata } from '@nestjs/common';
import { InputValidationError } from '../common/domain-error';
import { CreateEngagementInput } from '../registry/inputs/create-engagement.input';
import { CreateProcessorInput } from '../registry/inputs/create-processor.input';
import { UpdateControllerInput } from '../registry/inputs/update-controller.input';
import { InputValidationPipe } from './input-validation.pipe';

/** How Nest hands a pipe an @Args value: @nestjs/graphql's ARGS paramtype arrives as 'body'. */
const args = (metatype: ArgumentMetadata['metatype'], data = 'input'): ArgumentMetadata => ({
  type: 'body',
  metatype,
  data,
});

async function problemsOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationError);
    return [...(error as InputValidationError).problems];
  }
  throw new Error('expected the input to be refused');
}

describe(InputValidationPipe.name, () => {
  let sut: InputValidationPipe;

  beforeEach(() => {
    sut = new InputValidationPipe();
  });

  it('should pass a valid input on as an instance of its class', async () => {
    const value = {
      key: 'cloud',
      name: 'Cloud Ltd',
      country: 'IE',
      certifications: [{ scheme: 'EU_US_DPF' }],
    };

    const result = await sut.transform(value, args(CreateProcessorInput));

    expect(result).toBeInstanceOf(CreateProcessorInput);
    expect(result).toEqual(value);
  });

  it.each([
    [
      'a blank name',
      { key: 'a', name: '  ', country: 'SE' },
      [{ path: 'input.name', message: 'name must not be empty' }],
    ],
    [
      'a name over 200 characters',
      { key: 'a', name: 'x'.repeat(201), country: 'SE' },
      [{ path: 'input.name', message: 'name must be shorter than or equal to 200 characters' }],
    ],
    [
      'a key with a space',
      { key: 'a b', name: 'A', country: 'SE' },
      [{ path: 'input.key', message: 'key must be 1 to 100 letters, digits, ".", "_" or "-"' }],
    ],
    [
      'a nested problem',
      { key: 'a', name: 'A', country: 'SE', certifications: [{ scheme: 'NOPE' }] },
      [{ path: 'input.certifications.0.scheme', message: expect.stringContaining('scheme must be one of') }],
    ],
    [
      'a field the class does not know',
      { key: 'a', name: 'A', country: 'SE', nickname: 'x' },
      [{ path: 'input.nickname', message: 'unknown field' }],
    ],
  ])('should refuse %s, naming the field', async (_case, value, problems) => {
    expect(await problemsOf(sut.transform(value, args(CreateProcessorInput)))).toEqual(problems);
  });

  it('should list every problem at once, nested ones with their path', async () => {
    const value = {
      client: 'a',
      processor: 'b',
      service: '',
      purposes: ['ok', ' '],
      dpa: { status: 'SIGNED', reference: '' },
      locations: [{ country: 'SE', activity: 'ESTABLISHMENT' }],
    };

    const problems = await problemsOf(sut.transform(value, args(CreateEngagementInput)));

    expect(problems.map((problem) => problem.path)).toEqual([
      'input.service',
      'input.purposes',
      'input.dpa.reference',
      'input.locations.0.activity',
    ]);
    expect(problems[3].message).toContain('ESTABLISHMENT is added by the assessor, never recorded');
  });

  it.each([
    ['null for a required field', { name: null }, 'input.name'],
    ['null for the key', { key: null }, 'input.key'],
    ['a version below 1', { version: 0 }, 'input.version'],
  ])('should refuse %s in an update', async (_case, value, path) => {
    expect(
      (await problemsOf(sut.transform(value, args(UpdateControllerInput)))).map((problem) => problem.path),
    ).toEqual([path]);
  });

  it('should accept null for an optional field in an update and leave out what is not given', async () => {
    const result = await sut.transform({ registrationNumber: null }, args(UpdateControllerInput));

    expect(result).toEqual({ registrationNumber: null });
  });

  it.each([
    ['the parent of a field resolver', { type: 'custom', metatype: CreateProcessorInput, data: undefined }],
    ['a primitive argument', { type: 'body', metatype: String, data: 'key' }],
    ['an argument without a type', { type: 'body', metatype: undefined, data: 'document' }],
  ] as [string, ArgumentMetadata][])('should leave %s alone', async (_case, metadata) => {
    const value = { name: '' };

    expect(await sut.transform(value, metadata)).toBe(value);
  });
});
