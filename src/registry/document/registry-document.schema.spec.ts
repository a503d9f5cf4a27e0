import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../common/project-root';
import { checkDocumentShape, REGISTRY_DOCUMENT_SCHEMA_PATH } from './registry-document.schema';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('registry document JSON Schema', () => {
  it('should compile in Ajv strict mode and accept the demo registry', () => {
    const sut = new Ajv({ strict: true, allErrors: true }).compile(
      readJson(REGISTRY_DOCUMENT_SCHEMA_PATH) as object,
    );

    const valid = sut(readJson(join(DATA_DIR, 'demo-registry.json')));

    expect(sut.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  describe(checkDocumentShape.name, () => {
    it('should find nothing wrong with the demo registry', () => {
      expect(checkDocumentShape(readJson(join(DATA_DIR, 'demo-registry.json')))).toEqual([]);
    });

    it.each([
      [
        { version: 2 },
        { path: '/version', message: 'unsupported version 2: this service reads version 1 documents' },
      ],
      [{ version: '1' }, { path: '/version', message: 'must be integer, got string "1"' }],
      [{}, { path: '/version', message: 'is required' }],
      [[], { path: '/', message: 'must be object, got an array' }],
      [
        { version: 1, engagment: [] },
        {
          path: '/engagment',
          message:
            'unknown field "engagment" (did you mean "engagements"?); allowed here: $schema, $comment, version, controllers, processors, engagements',
        },
      ],
      [
        { version: 1, controllers: [{ key: 'a', name: 'A', country: 'SWE' }] },
        {
          path: '/controllers/0/country',
          message: 'unknown country code "SWE" (expected an ISO 3166-1 alpha-2 code such as SE)',
        },
      ],
      [
        { version: 1, controllers: [{ key: 'a', name: '', country: 'SE' }] },
        { path: '/controllers/0/name', message: 'must not be empty' },
      ],
      [
        { version: 1, controllers: [{ key: 'a', name: 'n'.repeat(201), country: 'SE' }] },
        { path: '/controllers/0/name', message: 'is 201 characters long; at most 200 are allowed' },
      ],
      [
        { version: 1, processors: [{ key: 'p', name: 'P', country: 'SE', publicBody: 'yes' }] },
        { path: '/processors/0/publicBody', message: 'must be boolean, got string "yes"' },
      ],
      [
        {
          version: 1,
          processors: [{ key: 'p', name: 'P', country: 'SE', certifications: [{ scheme: 'DPF' }] }],
        },
        {
          path: '/processors/0/certifications/0/scheme',
          message: 'must be one of EU_US_DPF, PRIVACY_SHIELD, SAFE_HARBOUR, got "DPF"',
        },
      ],
    ])('should describe the problem with %j', (document, problem) => {
      expect(checkDocumentShape(document)).toContainEqual(problem);
    });
  });
});
