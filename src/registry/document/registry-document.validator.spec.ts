import {
  controllerItemFactory,
  documentFactory,
  type DocumentInput,
  engagementItemFactory,
  processorItemFactory,
} from '../../../test/factories/registry.factory';
import { type SubprocessorAuthorisation } from '../../assessment/core/model';
import { type FieldProblem } from '../../common/domain-error';
import { type PartyKind } from '../entities/party.entity';
import { type ImportMode, type RegistryDocument } from './registry-document';
import { type ExistingRegistry, validateRegistryDocument } from './registry-document.validator';

type StoredEngagement = {
  client: string;
  processor: string;
  authorisation: SubprocessorAuthorisation | null;
};

const registry = (
  partyKinds: Record<string, PartyKind> = {},
  engagements: Record<string, StoredEngagement> = {},
): ExistingRegistry => ({
  partyKinds: new Map(Object.entries(partyKinds)),
  engagements: new Map(Object.entries(engagements)),
});

const EMPTY = registry();

/** A small consistent document: controller acme, processors vendor and sub, acme → vendor → sub. */
const baseDocument = (overrides: Partial<DocumentInput> = {}): DocumentInput =>
  documentFactory.build({
    controllers: [controllerItemFactory.build({ key: 'acme' })],
    processors: [
      processorItemFactory.build({ key: 'vendor' }),
      processorItemFactory.build({ key: 'sub', country: 'US' }),
    ],
    engagements: [
      engagementItemFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
      engagementItemFactory.build({
        client: 'vendor',
        processor: 'sub',
        service: 'Backup',
        authorisation: 'GENERAL',
      }),
    ],
    ...overrides,
  });

function problemsOf(
  raw: unknown,
  existing: ExistingRegistry = EMPTY,
  mode: ImportMode = 'MERGE',
): FieldProblem[] {
  const result = validateRegistryDocument(raw, existing, mode);
  return result.ok ? [] : result.problems;
}

function documentOf(
  raw: unknown,
  existing: ExistingRegistry = EMPTY,
  mode: ImportMode = 'MERGE',
): RegistryDocument {
  const result = validateRegistryDocument(raw, existing, mode);
  if (!result.ok) throw new Error(`expected a valid document, got ${JSON.stringify(result.problems)}`);
  return result.document;
}

describe(validateRegistryDocument.name, () => {
  it('should accept a consistent document', () => {
    expect(validateRegistryDocument(baseDocument(), EMPTY, 'MERGE').ok).toBe(true);
  });

  describe('canonical form', () => {
    it('should fill in every default, derive engagement keys and normalise countries', () => {
      const sut = documentOf({
        version: 1,
        controllers: [{ key: 'acme', name: 'Acme', country: 'uk' }],
        processors: [{ key: 'vendor', name: 'Vendor', country: 'EL', parentCountry: 'us' }],
        engagements: [
          {
            client: 'acme',
            processor: 'vendor',
            service: 'Hosting',
            dpa: { status: 'SIGNED' },
            locations: [{ country: 'el', activity: 'HOSTING' }],
            safeguards: [{ mechanism: 'SCC_2021', countries: ['Uk'] }],
          },
        ],
      });

      expect(sut).toEqual({
        version: 1,
        controllers: [{ key: 'acme', name: 'Acme', country: 'GB', registrationNumber: null }],
        processors: [
          {
            key: 'vendor',
            name: 'Vendor',
            country: 'GR',
            registrationNumber: null,
            parentCountry: 'US',
            publicBody: false,
            certifications: [],
          },
        ],
        engagements: [
          {
            key: 'acme/vendor/Hosting',
            client: 'acme',
            processor: 'vendor',
            service: 'Hosting',
            purposes: [],
            dataCategories: [],
            dataSubjects: [],
            dpa: { status: 'SIGNED', signedOn: null, expiresOn: null, reference: null },
            authorisation: null,
            locations: [{ country: 'GR', activity: 'HOSTING' }],
            safeguards: [
              {
                mechanism: 'SCC_2021',
                module: null,
                signedOn: null,
                countries: ['GB'],
                tiaCompletedOn: null,
              },
            ],
          },
        ],
      });
    });

    it.each([
      ['a processor client without one', 'vendor', undefined, 'NONE'],
      ['a processor client with one', 'vendor', 'SPECIFIC', 'SPECIFIC'],
      ['a controller client', 'acme', undefined, null],
      ['a controller client with an explicit null', 'acme', null, null],
    ])('should set the authorisation of %s', (_case, client, authorisation, expected) => {
      const document = baseDocument({
        engagements: [
          engagementItemFactory.build({
            client,
            processor: 'sub',
            ...(authorisation === undefined ? {} : { authorisation }),
          }),
        ],
      });

      expect(documentOf(document).engagements[0].authorisation).toBe(expected);
    });

    it('should ignore $schema and keep explicit keys', () => {
      const document = { ...baseDocument(), $schema: './registry-document.schema.json' };
      document.engagements![0].key = 'hosting';

      expect(documentOf(document).engagements.map((engagement) => engagement.key)).toEqual([
        'hosting',
        'vendor/sub/Backup',
      ]);
    });
  });

  describe('rules', () => {
    const longKey = (prefix: string): string => `${prefix}-${'k'.repeat(100 - prefix.length - 1)}`;

    it.each<[string, (document: DocumentInput) => void, FieldProblem[]]>([
      [
        'a blank name',
        (document) => (document.controllers![0].name = '  '),
        [{ path: '/controllers/0/name', message: 'must not be empty' }],
      ],
      [
        'a blank registration number',
        (document) => (document.processors![0].registrationNumber = ' '),
        [{ path: '/processors/0/registrationNumber', message: 'must not be empty' }],
      ],
      [
        'an unknown country',
        (document) => (document.controllers![0].country = 'XX'),
        [{ path: '/controllers/0/country', message: expect.stringContaining('unknown country code "XX"') }],
      ],
      [
        'an unknown parent country',
        (document) => (document.processors![1].parentCountry = 'QQ'),
        [{ path: '/processors/1/parentCountry', message: expect.stringContaining('"QQ"') }],
      ],
      [
        'two controllers with one key',
        (document) => document.controllers!.push(controllerItemFactory.build({ key: 'acme' })),
        [
          {
            path: '/controllers/1/key',
            message: expect.stringContaining('duplicate key "acme" (first used at /controllers/0/key)'),
          },
        ],
      ],
      [
        'a processor with a controller’s key',
        (document) => document.processors!.push(processorItemFactory.build({ key: 'acme' })),
        [
          {
            path: '/processors/2/key',
            message: expect.stringContaining('duplicate key "acme" (first used at /controllers/0/key)'),
          },
        ],
      ],
      [
        'a certification date that does not exist',
        (document) =>
          (document.processors![1].certifications = [{ scheme: 'EU_US_DPF', validFrom: '2023-02-29' }]),
        [
          {
            path: '/processors/1/certifications/0/validFrom',
            message: '"2023-02-29" is not a real calendar date',
          },
        ],
      ],
      [
        'a certification valid until before it is valid from',
        (document) =>
          (document.processors![1].certifications = [
            { scheme: 'EU_US_DPF', validFrom: '2024-01-02', validUntil: '2024-01-01' },
          ]),
        [
          {
            path: '/processors/1/certifications/0/validUntil',
            message: 'validUntil 2024-01-01 is before validFrom 2024-01-02',
          },
        ],
      ],
      [
        'a blank service',
        (document) => (document.engagements![0].service = ' '),
        [{ path: '/engagements/0/service', message: 'must not be empty' }],
      ],
      [
        'a blank purpose, data category and data subject',
        (document) =>
          Object.assign(document.engagements![0], {
            purposes: ['ok', ' '],
            dataCategories: ['\t'],
            dataSubjects: [' '],
          }),
        [
          { path: '/engagements/0/purposes/1', message: 'must not be empty' },
          { path: '/engagements/0/dataCategories/0', message: 'must not be empty' },
          { path: '/engagements/0/dataSubjects/0', message: 'must not be empty' },
        ],
      ],
      [
        'a blank DPA reference',
        (document) => (document.engagements![0].dpa = { status: 'SIGNED', reference: '  ' }),
        [{ path: '/engagements/0/dpa/reference', message: 'must not be empty' }],
      ],
      [
        'an unknown client',
        (document) => (document.engagements![0].client = 'nobody'),
        [
          {
            path: '/engagements/0/client',
            message: 'no controller or processor with key "nobody" in the document or the registry',
          },
        ],
      ],
      [
        'an unknown processor',
        (document) => (document.engagements![0].processor = 'nobody'),
        [
          {
            path: '/engagements/0/processor',
            message: 'no processor with key "nobody" in the document or the registry',
          },
        ],
      ],
      [
        'a controller engaged as processor',
        (document) => (document.engagements![1].processor = 'acme'),
        [
          {
            path: '/engagements/1/processor',
            message: '"acme" is a controller; only a processor can be engaged as processor',
          },
        ],
      ],
      [
        'an authorisation on a controller-client engagement',
        (document) => (document.engagements![0].authorisation = 'NONE'),
        [
          {
            path: '/engagements/0/authorisation',
            message: expect.stringContaining('"acme" is a controller, so leave it out'),
          },
        ],
      ],
      [
        'a DPA date that does not exist',
        (document) => (document.engagements![0].dpa = { status: 'SIGNED', signedOn: '2023-02-30' }),
        [{ path: '/engagements/0/dpa/signedOn', message: '"2023-02-30" is not a real calendar date' }],
      ],
      [
        'a DPA expiring before it was signed',
        (document) =>
          (document.engagements![0].dpa = {
            status: 'SIGNED',
            signedOn: '2024-05-02',
            expiresOn: '2024-05-01',
          }),
        [
          {
            path: '/engagements/0/dpa/expiresOn',
            message: 'expiresOn 2024-05-01 is before signedOn 2024-05-02',
          },
        ],
      ],
      [
        'an unknown location country',
        (document) =>
          (document.engagements![0].locations = [
            { country: 'SE', activity: 'HOSTING' },
            { country: 'XX', activity: 'BACKUP' },
          ]),
        [{ path: '/engagements/0/locations/1/country', message: expect.stringContaining('"XX"') }],
      ],
      [
        'an unknown safeguard country and bad safeguard dates',
        (document) =>
          (document.engagements![1].safeguards = [
            {
              mechanism: 'SCC_2021',
              countries: ['ZZ'],
              signedOn: '2021-02-29',
              tiaCompletedOn: '2021-13-01',
            },
          ]),
        [
          { path: '/engagements/1/safeguards/0/countries/0', message: expect.stringContaining('"ZZ"') },
          {
            path: '/engagements/1/safeguards/0/signedOn',
            message: '"2021-02-29" is not a real calendar date',
          },
          {
            path: '/engagements/1/safeguards/0/tiaCompletedOn',
            message: '"2021-13-01" is not a real calendar date',
          },
        ],
      ],
      [
        'two engagements with one derived key',
        (document) =>
          document.engagements!.push(
            engagementItemFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
          ),
        [
          {
            path: '/engagements/2/service',
            message:
              'duplicate engagement key "acme/vendor/Hosting" (also at /engagements/0); give one of them an explicit key',
          },
        ],
      ],
      [
        'two engagements with one explicit key',
        (document) => {
          document.engagements![0].key = 'same';
          document.engagements![1].key = 'same';
        },
        [{ path: '/engagements/1/key', message: 'duplicate engagement key "same" (also at /engagements/0)' }],
      ],
      [
        'a derived key over 300 characters',
        (document) => {
          document.controllers![0].key = longKey('c');
          document.processors![0].key = longKey('p');
          document.engagements = [
            engagementItemFactory.build({
              client: longKey('c'),
              processor: longKey('p'),
              service: 's'.repeat(150),
            }),
          ];
        },
        [{ path: '/engagements/0/service', message: 'is 352 characters long; at most 300 are allowed' }],
      ],
    ])('should refuse %s', (_case, change, problems) => {
      const document = baseDocument();
      change(document);

      expect(problemsOf(document)).toEqual(problems);
    });

    it('should list every problem of a document at once, structural ones first', () => {
      const document = baseDocument();
      document.controllers![0].country = 'XX';
      document.processors![0].nickname = 'oops';
      document.engagements![0].processor = 'nobody';
      document.engagements![1].dpa = { status: 'SIGNED', signedOn: '2024-02-01', expiresOn: '2024-01-01' };

      expect(problemsOf(document).map((problem) => problem.path)).toEqual([
        '/processors/0/nickname',
        '/controllers/0/country',
        '/engagements/0/processor',
        '/engagements/1/dpa/expiresOn',
      ]);
    });

    it('should not check a structurally broken item further, but still know its key', () => {
      const document = baseDocument();
      document.processors![0].publicBody = 'yes' as unknown as boolean;
      document.processors![0].country = 'XX';
      document.engagements![1].locations = [{ country: 'SE', activity: 'STORAGE' }];
      document.engagements![1].client = 'nobody';

      expect(problemsOf(document)).toEqual([
        { path: '/processors/0/publicBody', message: 'must be boolean, got string "yes"' },
        { path: '/engagements/1/locations/0/activity', message: expect.stringContaining('got "STORAGE"') },
      ]);
    });

    it.each([
      [
        'of version 2',
        { version: 2 },
        [{ path: '/version', message: 'unsupported version 2: this service reads version 1 documents' }],
      ],
      ['without a version', {}, [{ path: '/version', message: 'is required' }]],
      ['that is null', null, [{ path: '/', message: 'must be object, got null' }]],
      [
        'that is a string (the text of a file)',
        'version: 1\n',
        [
          {
            path: '/',
            message: expect.stringContaining(
              'YAML, and documents as text, are imported with the CLI: npm run cli -- import FILE',
            ),
          },
        ],
      ],
      [
        'with a misspelt field',
        { version: 1, controllers: [{ key: 'a', name: 'A', contry: 'SE' }] },
        [
          { path: '/controllers/0/country', message: 'is required' },
          {
            path: '/controllers/0/contry',
            message: expect.stringContaining('unknown field "contry" (did you mean "country"?)'),
          },
        ],
      ],
    ])('should refuse a document %s', (_case, raw, problems) => {
      expect(problemsOf(raw)).toEqual(problems);
    });
  });

  describe('references: MERGE against the registry, REPLACE against the document only', () => {
    const existing = registry({ 'old-controller': 'CONTROLLER', 'old-vendor': 'PROCESSOR' });
    const referring = documentFactory.build({
      engagements: [
        engagementItemFactory.build({ client: 'old-controller', processor: 'old-vendor' }),
        engagementItemFactory.build({ client: 'old-vendor', processor: 'old-vendor', service: 'Self' }),
      ],
    });

    it('should resolve keys of the registry in MERGE, with their kind', () => {
      const sut = documentOf(referring, existing, 'MERGE');

      expect(sut.engagements.map((engagement) => engagement.authorisation)).toEqual([null, 'NONE']);
    });

    it('should not resolve keys of the registry in REPLACE', () => {
      expect(problemsOf(referring, existing, 'REPLACE')).toEqual([
        {
          path: '/engagements/0/client',
          message: 'no controller or processor with key "old-controller" in the document',
        },
        { path: '/engagements/0/processor', message: 'no processor with key "old-vendor" in the document' },
        {
          path: '/engagements/1/client',
          message: 'no controller or processor with key "old-vendor" in the document',
        },
        { path: '/engagements/1/processor', message: 'no processor with key "old-vendor" in the document' },
      ]);
    });

    it('should refuse a controller of the registry engaged as processor in MERGE', () => {
      const document = documentFactory.build({
        engagements: [engagementItemFactory.build({ client: 'old-vendor', processor: 'old-controller' })],
      });

      expect(problemsOf(document, existing, 'MERGE')).toEqual([
        {
          path: '/engagements/0/processor',
          message: '"old-controller" is a controller; only a processor can be engaged as processor',
        },
      ]);
    });

    it('should let the document’s kind win over the registry’s', () => {
      const document = documentFactory.build({
        processors: [processorItemFactory.build({ key: 'old-controller' })],
        engagements: [engagementItemFactory.build({ client: 'old-vendor', processor: 'old-controller' })],
      });

      expect(problemsOf(document, existing, 'MERGE')).toEqual([]);
    });
  });

  describe('kind changes against kept engagements (MERGE)', () => {
    const existing = registry(
      { acme: 'CONTROLLER', vendor: 'PROCESSOR', sub: 'PROCESSOR' },
      {
        'acme/vendor/Hosting': { client: 'acme', processor: 'vendor', authorisation: null },
        'vendor/sub/Backup': { client: 'vendor', processor: 'sub', authorisation: 'GENERAL' },
      },
    );

    it.each([
      ['engaged as processor by a kept engagement', 'sub', ['vendor/sub/Backup']],
      ['engaged and engaging in kept engagements', 'vendor', ['acme/vendor/Hosting', 'vendor/sub/Backup']],
    ])(
      'should refuse to turn a processor %s into a controller, naming the engagements',
      (_case, key, engagementKeys) => {
        const document = documentFactory.build({ controllers: [controllerItemFactory.build({ key })] });

        const problems = problemsOf(document, existing, 'MERGE');

        expect(problems).toEqual([
          {
            path: '/controllers/0/key',
            message: expect.stringContaining(`"${key}" would become a controller`),
          },
        ]);
        expect(problems[0].message).toContain(
          engagementKeys.map((engagementKey) => `"${engagementKey}"`).join(', '),
        );
        expect(problems[0].message).toContain('or use mode REPLACE');
      },
    );

    it('should allow it when the document changes the engagements that relied on it', () => {
      const document = documentFactory.build({
        controllers: [controllerItemFactory.build({ key: 'sub' })],
        processors: [processorItemFactory.build({ key: 'other' })],
        engagements: [
          engagementItemFactory.build({
            key: 'vendor/sub/Backup',
            client: 'vendor',
            processor: 'other',
            authorisation: 'GENERAL',
          }),
        ],
      });

      expect(problemsOf(document, existing, 'MERGE')).toEqual([]);
    });

    it('should allow it in REPLACE, where kept engagements do not exist', () => {
      const document = documentFactory.build({ controllers: [controllerItemFactory.build({ key: 'sub' })] });

      expect(problemsOf(document, existing, 'REPLACE')).toEqual([]);
    });

    it('should allow a controller to become a processor (its engagements stay valid)', () => {
      const document = documentFactory.build({ processors: [processorItemFactory.build({ key: 'acme' })] });

      expect(problemsOf(document, existing, 'MERGE')).toEqual([]);
    });
  });
});
