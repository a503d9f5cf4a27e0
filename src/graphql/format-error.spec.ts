import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  ConflictError,
  InputValidationError,
  NotFoundError,
  PayloadTooLargeError,
} from '../common/domain-error';
import { formatGraphQLError } from './format-error';

/** What Apollo hands formatError for an error a resolver threw: the located error and its formatted form. */
function fromResolver(error: Error): [GraphQLFormattedError, unknown] {
  const located = new GraphQLError(error.message, { path: ['createProcessor'], originalError: error });
  return [
    { message: error.message, path: ['createProcessor'], locations: [{ line: 1, column: 12 }] },
    located,
  ];
}

describe(formatGraphQLError.name, () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it.each([
    [
      'a validation error',
      new InputValidationError([{ path: 'input.name', message: 'must not be empty' }]),
      {
        message: 'input.name: must not be empty',
        extensions: {
          code: 'BAD_USER_INPUT',
          errors: [{ path: 'input.name', message: 'must not be empty' }],
        },
      },
    ],
    [
      'a missing item',
      new NotFoundError('No processor with key "x"', { kind: 'PROCESSOR', key: 'x' }),
      {
        message: 'No processor with key "x"',
        extensions: { code: 'NOT_FOUND', kind: 'PROCESSOR', key: 'x' },
      },
    ],
    [
      'a conflict',
      new ConflictError('taken', { key: 'acme', field: 'key' }),
      { message: 'taken', extensions: { code: 'CONFLICT', key: 'acme', field: 'key' } },
    ],
    [
      'a body too large',
      new PayloadTooLargeError('too large'),
      { message: 'too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
    ],
  ])('should answer %s with its code and details', (_case, error, expected) => {
    const sut = formatGraphQLError(...fromResolver(error));

    expect(sut).toEqual({ ...expected, path: ['createProcessor'], locations: [{ line: 1, column: 12 }] });
    expect(logged).not.toHaveBeenCalled();
  });

  it('should not let a detail override the code', () => {
    const sut = formatGraphQLError(...fromResolver(new ConflictError('taken', { code: 'SOMETHING_ELSE' })));

    expect(sut.extensions?.code).toBe('CONFLICT');
  });

  it('should answer an unknown error as INTERNAL_SERVER_ERROR without its message or stack, and log it', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/app/secret.ts");

    const sut = formatGraphQLError(...fromResolver(error));

    expect(sut).toEqual({
      message: 'Internal server error',
      path: ['createProcessor'],
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining("Cannot read properties of undefined (reading 'id')"),
    );
  });

  it('should answer a thrown non-error value as INTERNAL_SERVER_ERROR', () => {
    const sut = formatGraphQLError({ message: 'Unexpected error value: "boom"' }, 'boom');

    expect(sut).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('should pass an error of GraphQL itself through, without a stack trace', () => {
    const error = new GraphQLError('Cannot query field "nmae" on type "Processor".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = {
      message: error.message,
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at validate (graphql.js:1:1)'] },
    };

    const sut = formatGraphQLError(formatted, error);

    expect(sut).toEqual({
      message: 'Cannot query field "nmae" on type "Processor".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(logged).not.toHaveBeenCalled();
  });
});
