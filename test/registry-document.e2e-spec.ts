// importRegistry and exportRegistry over GraphQL (registry-document.md): counts, round trips, MERGE
// and REPLACE, dry runs, all-or-nothing and every problem listed at once with its JSON pointer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  controllerItemFactory,
  documentFactory,
  type DocumentInput,
  engagementItemFactory,
  processorItemFactory,
} from './factories/registry.factory';
import { type GraphQLResponse, startTestApp, type TestApp } from './helpers/test-app';

const DEMO = JSON.parse(
  readFileSync(join(__dirname, '..', 'data', 'demo-registry.json'), 'utf8'),
) as DocumentInput;
const DEMO_ITEMS = DEMO.controllers!.length + DEMO.processors!.length + DEMO.engagements!.length;

const IMPORT = `mutation ($document: JSON!, $mode: ImportMode, $dryRun: Boolean) {
  importRegistry(document: $document, mode: $mode, dryRun: $dryRun) { created updated deleted unchanged dryRun } }`;

const EMPTY = { version: 1, controllers: [], processors: [], engagements: [] };

interface Problem {
  path: string;
  message: string;
}

describe('registry document import and export', () => {
  let sut: TestApp;

  const importDocument = (
    document: unknown,
    options: { mode?: string; dryRun?: boolean } = {},
  ): Promise<GraphQLResponse> => sut.gql(IMPORT, { document, ...options });
  const imported = async (
    document: unknown,
    options: { mode?: string; dryRun?: boolean } = {},
  ): Promise<any> => {
    const response = await importDocument(document, options);
    expect(response.errors).toBeUndefined();
    return response.data.importRegistry;
  };
  const exportRegistry = async (): Promise<any> => {
    const response = await sut.gql('{ exportRegistry }');
    expect(response.errors).toBeUndefined();
    return response.data.exportRegistry;
  };
  /** The refusal of an import: BAD_USER_INPUT with every problem in extensions.errors. */
  const problemsOf = (response: GraphQLResponse): Problem[] => {
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.data).toBeNull();
    return response.errors![0].extensions!.errors as Problem[];
  };
  const keysOf = (items: { key: string }[]): string[] => items.map((item) => item.key);

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());
  beforeEach(() => sut.resetRegistry());

  describe('the demo registry', () => {
    it('should import into an empty registry creating every item', async () => {
      const result = await imported(DEMO);

      expect(DEMO_ITEMS).toBe(61);
      expect(result).toEqual({ created: 61, updated: 0, deleted: 0, unchanged: 0, dryRun: false });
    });

    it('should export a canonical document: version 1, every field present, items sorted by key', async () => {
      await imported(DEMO);

      const document = await exportRegistry();

      expect(Object.keys(document)).toEqual(['version', 'controllers', 'processors', 'engagements']);
      expect(document.version).toBe(1);
      expect(keysOf(document.controllers)).toEqual(['softmore-ab', 'softmore-se']);
      expect(keysOf(document.processors)).toEqual([...keysOf(document.processors)].sort());
      expect(keysOf(document.engagements)).toEqual([...keysOf(document.engagements)].sort());
      expect(document.processors).toHaveLength(25);
      expect(document.engagements).toHaveLength(34);
      expect(document.processors.find((processor: any) => processor.key === 'fortnox')).toEqual({
        key: 'fortnox',
        name: 'Fortnox AB',
        country: 'SE',
        registrationNumber: null,
        parentCountry: null,
        publicBody: false,
        certifications: [],
      });
      expect(
        document.engagements.find(
          (engagement: any) => engagement.key === 'fortnox/bahnhof/Data centre operations',
        ),
      ).toEqual({
        key: 'fortnox/bahnhof/Data centre operations',
        client: 'fortnox',
        processor: 'bahnhof',
        service: 'Data centre operations',
        purposes: expect.any(Array),
        dataCategories: expect.any(Array),
        dataSubjects: expect.any(Array),
        dpa: {
          status: expect.any(String),
          signedOn: expect.anything(),
          expiresOn: null,
          reference: expect.anything(),
        },
        authorisation: 'GENERAL',
        locations: expect.any(Array),
        safeguards: [],
      });
    });

    it('should find everything unchanged when its own export is imported again (MERGE)', async () => {
      await imported(DEMO);

      const result = await imported(await exportRegistry());

      expect(result).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 61, dryRun: false });
    });

    it('should find everything unchanged when the demo document is imported again', async () => {
      await imported(DEMO);

      expect(await imported(DEMO, { mode: 'REPLACE' })).toEqual({
        created: 0,
        updated: 0,
        deleted: 0,
        unchanged: 61,
        dryRun: false,
      });
    });

    it('should export byte for byte the same document after an import of its export into an empty registry', async () => {
      await imported(DEMO);
      const first = await exportRegistry();

      await sut.resetRegistry();
      expect(await imported(first)).toMatchObject({ created: 61 });
      const second = await exportRegistry();

      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });
  });

  describe('the demo registry on first start', () => {
    it('should be loaded into an empty registry when DEMO_DATA is true', async () => {
      await imported(DEMO);
      const expected = await exportRegistry();
      const withDemo = await startTestApp({ DEMO_DATA: 'true' });

      try {
        const response = await withDemo.gql('{ exportRegistry }');

        expect(JSON.stringify(response.data.exportRegistry)).toBe(JSON.stringify(expected));
      } finally {
        await withDemo.close();
      }
    });
  });

  describe('REPLACE', () => {
    it('should delete what the document does not hold and count it', async () => {
      await imported(DEMO);
      const full = await exportRegistry();
      const kept = {
        version: 1,
        controllers: full.controllers.filter((controller: any) => controller.key === 'softmore-se'),
        processors: full.processors.filter((processor: any) => ['zendesk', 'ringio'].includes(processor.key)),
        engagements: full.engagements.filter((engagement: any) =>
          ['support-desk', 'zendesk-voice'].includes(engagement.key),
        ),
      };

      const result = await imported(kept, { mode: 'REPLACE' });

      expect(result).toEqual({ created: 0, updated: 0, deleted: 61 - 5, unchanged: 5, dryRun: false });
      expect(await exportRegistry()).toEqual(kept);
    });

    it('should empty the registry given an empty document, keeping the reference data', async () => {
      await imported(DEMO);

      const result = await imported({ version: 1 }, { mode: 'REPLACE' });
      const countries = await sut.gql('{ countries(region: EEA) { code } }');

      expect(result).toEqual({ created: 0, updated: 0, deleted: 61, unchanged: 0, dryRun: false });
      expect(await exportRegistry()).toEqual(EMPTY);
      expect(countries.data.countries).toEqual([{ code: 'IS' }, { code: 'LI' }, { code: 'NO' }]);
    });

    it('should turn a processor into a controller and a controller into a processor when the document is consistent', async () => {
      await imported(
        documentFactory.build({
          controllers: [controllerItemFactory.build({ key: 'alpha' })],
          processors: [
            processorItemFactory.build({ key: 'beta' }),
            processorItemFactory.build({ key: 'gamma' }),
          ],
          engagements: [
            engagementItemFactory.build({ client: 'alpha', processor: 'beta', service: 'Hosting' }),
          ],
        }),
      );
      const before = await exportRegistry();
      const swapped = {
        version: 1,
        controllers: [
          {
            ...before.processors[1],
            parentCountry: undefined,
            publicBody: undefined,
            certifications: undefined,
          },
        ],
        processors: [{ ...before.controllers[0] }, before.processors[0]],
        engagements: [
          { ...before.engagements[0], authorisation: 'GENERAL' },
          engagementItemFactory.build({ client: 'gamma', processor: 'alpha', service: 'Payroll' }),
        ],
      };

      const result = await imported(JSON.parse(JSON.stringify(swapped)), { mode: 'REPLACE' });
      const after = await exportRegistry();
      const kinds =
        await sut.gql(`{ alpha: processor(key: "alpha") { key engagedBy { key } subprocessors { key authorisation } }
        gamma: controller(key: "gamma") { key engagements { key } } }`);

      expect(result).toEqual({ created: 1, updated: 3, deleted: 0, unchanged: 1, dryRun: false });
      expect(keysOf(after.controllers)).toEqual(['gamma']);
      expect(keysOf(after.processors)).toEqual(['alpha', 'beta']);
      expect(
        (after.engagements as { key: string; authorisation: string | null }[]).map((engagement) => [
          engagement.key,
          engagement.authorisation,
        ]),
      ).toEqual([
        ['alpha/beta/Hosting', 'GENERAL'],
        ['gamma/alpha/Payroll', null],
      ]);
      expect(kinds.data).toEqual({
        alpha: {
          key: 'alpha',
          engagedBy: [{ key: 'gamma/alpha/Payroll' }],
          subprocessors: [{ key: 'alpha/beta/Hosting', authorisation: 'GENERAL' }],
        },
        gamma: { key: 'gamma', engagements: [{ key: 'gamma/alpha/Payroll' }] },
      });
      // The changed registry exports and re-imports cleanly.
      expect(await imported(after)).toMatchObject({ unchanged: 5 });
    });
  });

  describe('MERGE', () => {
    it('should create and update what the document holds and leave everything else alone', async () => {
      await imported(DEMO);
      const before = await exportRegistry();
      const fortnox = before.processors.find((processor: any) => processor.key === 'fortnox');

      const result = await imported(
        documentFactory.build({
          controllers: [],
          processors: [
            { ...fortnox, registrationNumber: '556469-6291' },
            processorItemFactory.build({ key: 'new-vendor' }),
          ],
          engagements: [
            engagementItemFactory.build({ client: 'softmore-se', processor: 'new-vendor', service: 'CRM' }),
          ],
        }),
      );
      const after = await exportRegistry();

      expect(result).toEqual({ created: 2, updated: 1, deleted: 0, unchanged: 0, dryRun: false });
      expect(after.controllers).toEqual(before.controllers);
      expect(
        after.processors.filter((processor: any) => !['fortnox', 'new-vendor'].includes(processor.key)),
      ).toEqual(before.processors.filter((processor: any) => processor.key !== 'fortnox'));
      expect(after.processors.find((processor: any) => processor.key === 'fortnox').registrationNumber).toBe(
        '556469-6291',
      );
      expect(
        after.engagements.filter((engagement: any) => engagement.key !== 'softmore-se/new-vendor/CRM'),
      ).toEqual(before.engagements);
    });

    it('should resolve references to parties already in the registry', async () => {
      await imported(DEMO);

      const result = await imported({
        version: 1,
        engagements: [
          engagementItemFactory.build({ client: 'fortnox', processor: 'aws-eu', service: 'Backups' }),
        ],
      });

      expect(result).toMatchObject({ created: 1 });
      expect(
        (await exportRegistry()).engagements.find(
          (engagement: any) => engagement.key === 'fortnox/aws-eu/Backups',
        ),
      ).toMatchObject({ client: 'fortnox', processor: 'aws-eu', authorisation: 'NONE' });
    });

    it('should refuse to make a processor that a kept engagement engages into a controller, naming it', async () => {
      await imported(DEMO);
      const before = await exportRegistry();

      const problems = problemsOf(
        await importDocument({
          version: 1,
          controllers: [{ key: 'bahnhof', name: 'Bahnhof AB', country: 'SE' }],
        }),
      );

      expect(problems).toEqual([
        {
          path: '/controllers/0/key',
          message: expect.stringContaining('"bahnhof" would become a controller'),
        },
      ]);
      expect(problems[0].message).toContain(
        '"fortnox/bahnhof/Data centre operations", "loopia/bahnhof/Data centre operations"',
      );
      expect(await exportRegistry()).toEqual(before);
    });

    it('should name each included engagement that would then engage a controller', async () => {
      await imported(DEMO);
      const before = await exportRegistry();
      const relying = before.engagements.filter((engagement: any) => engagement.processor === 'bahnhof');

      const problems = problemsOf(
        await importDocument({
          version: 1,
          controllers: [{ key: 'bahnhof', name: 'Bahnhof AB', country: 'SE' }],
          engagements: relying,
        }),
      );

      // Still refused: included unchanged, they would now engage a controller. Each is named.
      expect(problems.map((problem) => problem.path)).toEqual([
        '/engagements/0/processor',
        '/engagements/1/processor',
      ]);
    });

    it('should give a kept engagement a NONE authorisation when its client controller becomes a processor', async () => {
      await imported({
        version: 1,
        controllers: [{ key: 'group-company', name: 'Group Company AB', country: 'SE' }],
        processors: [{ key: 'vendor', name: 'Vendor AB', country: 'SE' }],
        engagements: [
          engagementItemFactory.build({ key: 'kept', client: 'group-company', processor: 'vendor' }),
        ],
      });

      const result = await imported({
        version: 1,
        processors: [{ key: 'group-company', name: 'Group Company AB', country: 'SE' }],
      });
      const exported = await exportRegistry();

      expect(result).toMatchObject({ updated: 2, created: 0, deleted: 0 });
      expect(keysOf(exported.processors)).toEqual(['group-company', 'vendor']);
      expect(exported.engagements[0]).toMatchObject({
        key: 'kept',
        client: 'group-company',
        authorisation: 'NONE',
      });
      // Consistent again: its own export imports without a change.
      expect(await imported(exported, { mode: 'REPLACE' })).toMatchObject({ unchanged: 3, updated: 0 });
    });
  });

  describe('dry run', () => {
    it.each([
      ['MERGE into an empty registry', 'MERGE', false],
      ['REPLACE over the demo', 'REPLACE', true],
    ])('should count like the real import and write nothing: %s', async (_case, mode, demoFirst) => {
      if (demoFirst) await imported(DEMO);
      const document = demoFirst
        ? documentFactory.build({
            controllers: [controllerItemFactory.build({ key: 'softmore-se', name: 'Renamed AB' })],
          })
        : DEMO;
      const before = await exportRegistry();

      const dryRun = await imported(document, { mode, dryRun: true });
      const unchanged = await exportRegistry();
      const real = await imported(document, { mode });

      expect(unchanged).toEqual(before);
      expect(dryRun).toEqual({ ...real, dryRun: true });
      expect(real.dryRun).toBe(false);
      expect(real.created + real.updated + real.deleted).toBeGreaterThan(0);
    });

    it('should report the problems of a bad document like a real import', async () => {
      const document = {
        version: 1,
        engagements: [engagementItemFactory.build({ client: 'nobody', processor: 'none' })],
      };

      const problems = problemsOf(await importDocument(document, { dryRun: true }));

      expect(problems.map((problem) => problem.path)).toEqual([
        '/engagements/0/client',
        '/engagements/0/processor',
      ]);
    });
  });

  describe('refused documents', () => {
    it('should change nothing when one engagement among many good items is bad (all or nothing)', async () => {
      await imported(DEMO);
      const before = await exportRegistry();
      const processors = processorItemFactory.buildList(20);
      const engagements = processors.map((processor) =>
        engagementItemFactory.build({ client: 'softmore-ab', processor: processor.key }),
      );
      engagements.splice(
        13,
        0,
        engagementItemFactory.build({ client: 'softmore-ab', processor: 'no-such-vendor' }),
      );

      const problems = problemsOf(
        await importDocument({
          version: 1,
          controllers: [controllerItemFactory.build({ key: 'softmore-se', name: 'Changed AB' })],
          processors,
          engagements,
        }),
      );

      expect(problems).toEqual([
        {
          path: '/engagements/13/processor',
          message: 'no processor with key "no-such-vendor" in the document or the registry',
        },
      ]);
      expect(await exportRegistry()).toEqual(before);
    });

    it('should list every problem at once with its JSON pointer', async () => {
      const document = {
        version: 1,
        controllers: [
          { key: 'acme', name: 'Acme AB', country: 'QQ' },
          { key: 'acme-fi', name: '   ', country: 'FI' },
        ],
        processors: [
          { key: 'vendor', name: 'Vendor', country: 'US', parentCountry: 'ZZ' },
          {
            key: 'cert',
            name: 'Certified',
            country: 'US',
            certifications: [{ scheme: 'EU_US_DPF', validFrom: '2024-05-01', validUntil: '2024-04-01' }],
          },
        ],
        engagements: [
          engagementItemFactory.build({
            client: 'acme',
            processor: 'vendor',
            dpa: { status: 'SIGNED', signedOn: '2023-02-30' },
          }),
          engagementItemFactory.build({ client: 'acme', processor: 'nobody' }),
          engagementItemFactory.build({ client: 'acme', processor: 'vendor', authorisation: 'GENERAL' }),
          engagementItemFactory.build({
            client: 'vendor',
            processor: 'cert',
            locations: [
              { country: 'XX', activity: 'HOSTING' },
              { country: 'se', activity: 'BACKUP' },
            ],
            safeguards: [{ mechanism: 'SCC_2021', countries: ['US', 'YY'] }],
          }),
          engagementItemFactory.build({
            client: 'acme',
            processor: 'acme-fi',
            dpa: { status: 'SIGNED', signedOn: '2024-06-01', expiresOn: '2024-05-31' },
          }),
        ],
      };

      const response = await importDocument(document);
      const problems = problemsOf(response);

      expect(problems.map((problem) => problem.path)).toEqual([
        '/controllers/0/country',
        '/controllers/1/name',
        '/processors/0/parentCountry',
        '/processors/1/certifications/0/validUntil',
        '/engagements/0/dpa/signedOn',
        '/engagements/1/processor',
        '/engagements/2/authorisation',
        '/engagements/3/locations/0/country',
        '/engagements/3/safeguards/0/countries/1',
        '/engagements/4/processor',
        '/engagements/4/dpa/expiresOn',
      ]);
      expect(
        problems.find((problem) => problem.path === '/engagements/3/locations/0/country')!.message,
      ).toContain('unknown country code "XX"');
      expect(response.errors![0].message).toMatch(
        /^The registry document was not imported: 11 problems in the input: /,
      );
      expect(await exportRegistry()).toEqual(EMPTY);
    });

    it.each([
      [
        'version 2',
        { version: 2 },
        '/version',
        'unsupported version 2: this service reads version 1 documents',
      ],
      ['no version', { controllers: [] }, '/version', 'is required'],
      [
        'an unknown top-level field',
        { version: 1, controlers: [] },
        '/controlers',
        'unknown field "controlers" (did you mean "controllers"?)',
      ],
      [
        'an unknown field in an item',
        { version: 1, controllers: [{ key: 'a', name: 'A', country: 'SE', nmae: 'x' }] },
        '/controllers/0/nmae',
        'unknown field "nmae" (did you mean "name"?)',
      ],
      [
        'a processor-only field on a controller',
        { version: 1, controllers: [{ key: 'a', name: 'A', country: 'SE', publicBody: true }] },
        '/controllers/0/publicBody',
        'unknown field "publicBody"',
      ],
      [
        'an unknown field in a DPA',
        {
          version: 1,
          engagements: [
            { client: 'a', processor: 'b', service: 's', dpa: { status: 'SIGNED', signed: '2024-01-01' } },
          ],
        },
        '/engagements/0/dpa/signed',
        'unknown field "signed"',
      ],
      [
        'a missing required field',
        { version: 1, processors: [{ key: 'p', country: 'SE' }] },
        '/processors/0/name',
        'is required',
      ],
      [
        'an unknown enum value',
        {
          version: 1,
          engagements: [
            {
              client: 'a',
              processor: 'b',
              service: 's',
              dpa: { status: 'SIGNED' },
              locations: [{ country: 'SE', activity: 'STORAGE' }],
            },
          ],
        },
        '/engagements/0/locations/0/activity',
        'must be one of HOSTING, BACKUP, REMOTE_ACCESS, PROCESSING, got "STORAGE"',
      ],
      [
        'a key with a space',
        { version: 1, controllers: [{ key: 'a b', name: 'A', country: 'SE' }] },
        '/controllers/0/key',
        'invalid key "a b"',
      ],
      [
        'a date without leading zeros',
        {
          version: 1,
          processors: [
            {
              key: 'p',
              name: 'P',
              country: 'US',
              certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-1-5' }],
            },
          ],
        },
        '/processors/0/certifications/0/validFrom',
        '"2023-1-5" is not a date in the form YYYY-MM-DD',
      ],
      [
        'a list that is not one',
        { version: 1, processors: {} },
        '/processors',
        'must be array, got an object',
      ],
    ])('should refuse %s, naming the field', async (_case, document, path, message) => {
      const problems = problemsOf(await importDocument(document));

      expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
      expect(await exportRegistry()).toEqual(EMPTY);
    });

    it('should refuse a document that is not an object, telling that YAML is for the CLI', async () => {
      const yaml = 'version: 1\ncontrollers:\n  - key: acme\n    name: Acme AB\n    country: SE\n';

      const problems = problemsOf(await importDocument(yaml));

      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('/');
      expect(problems[0].message).toContain('must be a JSON object');
      expect(problems[0].message).toContain('npm run cli -- import FILE');
      expect(await exportRegistry()).toEqual(EMPTY);
    });

    it.each([
      [
        'a controller and a processor with the same key',
        {
          controllers: [controllerItemFactory.build({ key: 'same' })],
          processors: [processorItemFactory.build({ key: 'same' })],
        },
        '/processors/0/key',
        'duplicate key "same" (first used at /controllers/0/key)',
      ],
      [
        'two processors with the same key',
        {
          processors: [
            processorItemFactory.build({ key: 'twice' }),
            processorItemFactory.build({ key: 'twice' }),
          ],
        },
        '/processors/1/key',
        'duplicate key "twice" (first used at /processors/0/key)',
      ],
      [
        'two engagements with the same derived key',
        {
          controllers: [controllerItemFactory.build({ key: 'acme' })],
          processors: [processorItemFactory.build({ key: 'vendor' })],
          engagements: [
            engagementItemFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
            engagementItemFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
          ],
        },
        '/engagements/1/service',
        'duplicate engagement key "acme/vendor/Hosting" (also at /engagements/0); give one of them an explicit key',
      ],
      [
        'an explicit key equal to another engagement’s derived key',
        {
          controllers: [controllerItemFactory.build({ key: 'acme' })],
          processors: [processorItemFactory.build({ key: 'vendor' })],
          engagements: [
            engagementItemFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
            engagementItemFactory.build({
              key: 'acme/vendor/Hosting',
              client: 'acme',
              processor: 'vendor',
              service: 'Other',
            }),
          ],
        },
        '/engagements/1/key',
        'duplicate engagement key "acme/vendor/Hosting" (also at /engagements/0)',
      ],
    ])('should refuse %s', async (_case, items, path, message) => {
      const problems = problemsOf(await importDocument(documentFactory.build(items)));

      expect(problems).toEqual([{ path, message: expect.stringContaining(message) }]);
      expect(await exportRegistry()).toEqual(EMPTY);
    });
  });

  describe('normalisation', () => {
    it('should store country aliases and lower case codes as upper case ISO codes', async () => {
      await imported({
        version: 1,
        controllers: [{ key: 'acme-uk', name: 'Acme UK Ltd', country: 'UK' }],
        processors: [{ key: 'hellas', name: 'Hellas Data AE', country: 'EL', parentCountry: 'uk' }],
        engagements: [
          engagementItemFactory.build({
            key: 'hosting',
            client: 'acme-uk',
            processor: 'hellas',
            locations: [
              { country: 'el', activity: 'HOSTING' },
              { country: 'se', activity: 'BACKUP' },
            ],
            safeguards: [{ mechanism: 'SCC_2021', module: 'C2P', countries: ['us', 'Uk'] }],
          }),
        ],
      });

      const document = await exportRegistry();

      expect(document.controllers[0].country).toBe('GB');
      expect(document.processors[0]).toMatchObject({ country: 'GR', parentCountry: 'GB' });
      expect(document.engagements[0].locations).toEqual([
        { country: 'GR', activity: 'HOSTING' },
        { country: 'SE', activity: 'BACKUP' },
      ]);
      expect(document.engagements[0].safeguards[0].countries).toEqual(['US', 'GB']);
    });

    it('should fill in the defaults of a minimal document', async () => {
      await imported({
        version: 1,
        controllers: [{ key: 'acme', name: 'Acme AB', country: 'SE' }],
        processors: [
          { key: 'vendor', name: 'Vendor AB', country: 'SE' },
          { key: 'sub', name: 'Sub AB', country: 'SE' },
        ],
        engagements: [
          { client: 'acme', processor: 'vendor', service: 'Hosting', dpa: { status: 'NONE' } },
          { client: 'vendor', processor: 'sub', service: 'Backup', dpa: { status: 'PENDING' } },
        ],
      });

      const document = await exportRegistry();

      expect(document.processors[1]).toEqual({
        key: 'vendor',
        name: 'Vendor AB',
        country: 'SE',
        registrationNumber: null,
        parentCountry: null,
        publicBody: false,
        certifications: [],
      });
      expect(document.engagements).toEqual([
        {
          key: 'acme/vendor/Hosting',
          client: 'acme',
          processor: 'vendor',
          service: 'Hosting',
          purposes: [],
          dataCategories: [],
          dataSubjects: [],
          dpa: { status: 'NONE', signedOn: null, expiresOn: null, reference: null },
          authorisation: null,
          locations: [],
          safeguards: [],
        },
        expect.objectContaining({ key: 'vendor/sub/Backup', authorisation: 'NONE' }),
      ]);
    });
  });
});
