// The registry over HTTP through the real schema: queries, relation fields, pagination, mutations,
// refused inputs (each leaving the data unchanged), HTTP-level errors and constant SQL per request.
import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  controllerInputFactory,
  documentFactory,
  type DocumentInput,
  engagementInputFactory,
  generatedDocument,
  processorInputFactory,
  processorItemFactory,
} from './factories/registry.factory';
import { type GraphQLResponse, startTestApp, type TestApp } from './helpers/test-app';

const DEMO = JSON.parse(
  readFileSync(join(__dirname, '..', 'data', 'demo-registry.json'), 'utf8'),
) as DocumentInput;

const CONTROLLER_FIELDS = `
  fragment ControllerFields on Controller {
    id key name registrationNumber version
    country { code }
  }`;
const PROCESSOR_FIELDS = `
  fragment ProcessorFields on Processor {
    id key name registrationNumber version publicBody
    country { code }
    parentCountry { code }
    certifications { scheme validFrom validUntil }
  }`;
const ENGAGEMENT_FIELDS = `
  fragment EngagementFields on Engagement {
    id key service version purposes dataCategories dataSubjects authorisation
    dpa { status signedOn expiresOn reference }
    client { __typename key }
    processor { key }
    locations { country { code } activity }
    safeguards { mechanism module signedOn countries { code } tiaCompletedOn }
  }`;

const CREATE_CONTROLLER = `mutation ($input: CreateControllerInput!) {
  createController(input: $input) { ...ControllerFields } } ${CONTROLLER_FIELDS}`;
const UPDATE_CONTROLLER = `mutation ($key: String!, $input: UpdateControllerInput!) {
  updateController(key: $key, input: $input) { ...ControllerFields } } ${CONTROLLER_FIELDS}`;
const DELETE_CONTROLLER = `mutation ($key: String!, $cascade: Boolean) {
  deleteController(key: $key, cascade: $cascade) { key deletedEngagements } }`;
const CREATE_PROCESSOR = `mutation ($input: CreateProcessorInput!) {
  createProcessor(input: $input) { ...ProcessorFields } } ${PROCESSOR_FIELDS}`;
const UPDATE_PROCESSOR = `mutation ($key: String!, $input: UpdateProcessorInput!) {
  updateProcessor(key: $key, input: $input) { ...ProcessorFields } } ${PROCESSOR_FIELDS}`;
const DELETE_PROCESSOR = `mutation ($key: String!, $cascade: Boolean) {
  deleteProcessor(key: $key, cascade: $cascade) { key deletedEngagements } }`;
const CREATE_ENGAGEMENT = `mutation ($input: CreateEngagementInput!) {
  createEngagement(input: $input) { ...EngagementFields } } ${ENGAGEMENT_FIELDS}`;
const UPDATE_ENGAGEMENT = `mutation ($id: ID!, $input: UpdateEngagementInput!) {
  updateEngagement(id: $id, input: $input) { ...EngagementFields } } ${ENGAGEMENT_FIELDS}`;
const DELETE_ENGAGEMENT = `mutation ($id: ID!) { deleteEngagement(id: $id) { id key } }`;
const IMPORT = `mutation ($document: JSON!, $mode: ImportMode) {
  importRegistry(document: $document, mode: $mode) { created updated deleted unchanged } }`;
const PROCESSOR_PAGE = `query ($first: Int, $after: String, $search: String, $country: CountryCode) {
  processors(first: $first, after: $after, search: $search, country: $country) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { key } }
  } }`;

type Response = GraphQLResponse;

interface Keyed {
  key: string;
}
interface ProcessorPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Keyed }[];
}

const keyOf = (item: Keyed): string => item.key;
const nodeKeys = (page: ProcessorPage): string[] => page.edges.map((edge) => edge.node.key);

/** The one error of a refused request. */
function onlyError(response: Response): NonNullable<Response['errors']>[number] {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}

/** The field paths a domain validation error lists in extensions.errors. */
function problemPaths(response: Response): string[] {
  return ((onlyError(response).extensions?.errors ?? []) as { path: string }[]).map(
    (problem) => problem.path,
  );
}

describe('registry GraphQL API', () => {
  let sut: TestApp;

  const exportRegistry = async (): Promise<unknown> => {
    const response = await sut.gql('{ exportRegistry }');
    expect(response.errors).toBeUndefined();
    return response.data.exportRegistry;
  };
  const importDocument = async (document: unknown, mode = 'MERGE'): Promise<void> => {
    const response = await sut.gql(IMPORT, { document, mode });
    expect(response.errors).toBeUndefined();
  };
  const ok = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const response = await sut.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const createController = async (overrides = {}): Promise<any> =>
    (await ok(CREATE_CONTROLLER, { input: controllerInputFactory.build(overrides) })).createController;
  const createProcessor = async (overrides = {}): Promise<any> =>
    (await ok(CREATE_PROCESSOR, { input: processorInputFactory.build(overrides) })).createProcessor;
  const createEngagement = async (client: string, processor: string, overrides = {}): Promise<any> =>
    (
      await ok(CREATE_ENGAGEMENT, {
        input: engagementInputFactory.build({ client, processor, ...overrides }),
      })
    ).createEngagement;
  const engagementExists = async (id: string): Promise<boolean> =>
    (await ok('query ($id: ID!) { engagement(id: $id) { id } }', { id })).engagement !== null;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  describe('reading the demo registry', () => {
    beforeAll(async () => {
      await sut.resetRegistry();
      await importDocument(DEMO);
    });

    it('should list the controllers by key with their country', async () => {
      const data = await ok(
        `{ controllers { key name registrationNumber country { code name(language: SV) region } } }`,
      );

      expect(data.controllers).toEqual([
        {
          key: 'softmore-ab',
          name: 'Softmore Solutions AB',
          registrationNumber: '556966-0748',
          country: { code: 'SE', name: 'Sverige', region: 'EU' },
        },
        {
          key: 'softmore-se',
          name: 'Softmore Solutions Sverige AB',
          registrationNumber: '556968-7857',
          country: { code: 'SE', name: 'Sverige', region: 'EU' },
        },
      ]);
    });

    it('should find a controller by key and answer null for an unknown key', async () => {
      const data = await ok(
        `{ known: controller(key: "softmore-se") { key version } unknown: controller(key: "nobody") { key } }`,
      );

      expect(data).toEqual({ known: { key: 'softmore-se', version: 1 }, unknown: null });
    });

    it('should find a processor by key with its countries and certifications', async () => {
      const data = await ok(`query { microsoft: processor(key: "microsoft") { ...ProcessorFields }
        us: processor(key: "microsoft-us") { ...ProcessorFields }
        controllerKey: processor(key: "softmore-se") { key }
        unknown: processor(key: "nobody") { key } } ${PROCESSOR_FIELDS}`);

      expect(data.microsoft).toEqual({
        id: expect.any(String),
        key: 'microsoft',
        name: 'Microsoft Ireland Operations Ltd',
        registrationNumber: null,
        version: 1,
        publicBody: false,
        country: { code: 'IE' },
        parentCountry: { code: 'US' },
        certifications: [],
      });
      expect(data.us).toMatchObject({
        country: { code: 'US' },
        parentCountry: null,
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-17', validUntil: null }],
      });
      expect(data.controllerKey).toBeNull();
      expect(data.unknown).toBeNull();
    });

    it('should resolve a controller’s engagements with processor, locations and safeguards', async () => {
      const data = await ok(`{ controller(key: "softmore-se") { engagements {
        key
        client { __typename key ... on Controller { registrationNumber } }
        processor { key country { code region } parentCountry { code } }
        locations { country { code region } activity }
        safeguards { mechanism module signedOn tiaCompletedOn countries { code region } }
        dpa { status signedOn expiresOn reference }
        authorisation
      } } }`);
      const engagements = data.controller.engagements as (Keyed & Record<string, unknown>)[];
      const keys = engagements.map(keyOf);

      expect(keys).toEqual([...keys].sort());
      expect(keys).toHaveLength(
        DEMO.engagements!.filter((engagement) => engagement.client === 'softmore-se').length,
      );
      expect(engagements.find((engagement) => engagement.key === 'support-desk')).toEqual({
        key: 'support-desk',
        client: { __typename: 'Controller', key: 'softmore-se', registrationNumber: '556968-7857' },
        processor: { key: 'zendesk', country: { code: 'IE', region: 'EU' }, parentCountry: { code: 'US' } },
        locations: [
          { country: { code: 'DE', region: 'EU' }, activity: 'HOSTING' },
          { country: { code: 'IE', region: 'EU' }, activity: 'BACKUP' },
          { country: { code: 'US', region: 'THIRD_COUNTRY' }, activity: 'REMOTE_ACCESS' },
          { country: { code: 'PH', region: 'THIRD_COUNTRY' }, activity: 'REMOTE_ACCESS' },
        ],
        safeguards: [
          {
            mechanism: 'SCC_2021',
            module: 'C2P',
            signedOn: '2023-03-15',
            tiaCompletedOn: '2023-03-01',
            countries: [
              { code: 'US', region: 'THIRD_COUNTRY' },
              { code: 'PH', region: 'THIRD_COUNTRY' },
            ],
          },
        ],
        dpa: { status: 'SIGNED', signedOn: '2023-03-15', expiresOn: null, reference: 'DPA (2023)' },
        authorisation: null,
      });
    });

    it('should resolve a processor’s engagedBy and subprocessors, with the client as Controller or Processor', async () => {
      const data = await ok(`{ processor(key: "zendesk") {
        engagedBy { key authorisation client { __typename ... on Controller { key } ... on Processor { key publicBody } } }
        subprocessors { key authorisation client { key } processor { key } }
      } }`);

      expect(data.processor).toEqual({
        engagedBy: [
          {
            key: 'ringio-support',
            authorisation: 'SPECIFIC',
            client: { __typename: 'Processor', key: 'ringio', publicBody: false },
          },
          {
            key: 'support-desk',
            authorisation: null,
            client: { __typename: 'Controller', key: 'softmore-se' },
          },
        ],
        subprocessors: [
          {
            key: 'zendesk-voice',
            authorisation: 'GENERAL',
            client: { key: 'zendesk' },
            processor: { key: 'ringio' },
          },
          {
            key: 'zendesk/aws-eu/Cloud hosting',
            authorisation: 'GENERAL',
            client: { key: 'zendesk' },
            processor: { key: 'aws-eu' },
          },
        ],
      });
    });

    it('should find an engagement by id, and answer null for an unknown id', async () => {
      const { controller } = await ok(`{ controller(key: "softmore-se") { engagements { id key } } }`);
      const { id } = (controller.engagements as { id: string; key: string }[]).find(
        (engagement) => engagement.key === 'support-desk',
      )!;

      const data = await ok(
        `query ($id: ID!) { engagement(id: $id) { ...EngagementFields }
        unknown: engagement(id: "00000000-0000-4000-8000-000000000000") { id }
        malformed: engagement(id: "not-an-id") { id } } ${ENGAGEMENT_FIELDS}`,
        { id },
      );

      expect(data.engagement).toMatchObject({
        id,
        key: 'support-desk',
        service: 'Customer support ticketing',
        version: 1,
        purposes: ['customer support', 'handling of support cases'],
        dataSubjects: ['customers', 'potential customers'],
        client: { __typename: 'Controller', key: 'softmore-se' },
        processor: { key: 'zendesk' },
      });
      expect(data.unknown).toBeNull();
      expect(data.malformed).toBeNull();
    });

    describe('processors connection', () => {
      const demoKeys = DEMO.processors!.map((processor) => processor.key).sort();

      it('should page through every processor in key order with first/after', async () => {
        const pages: ProcessorPage[] = [];
        let after: string | null = null;
        do {
          const data = await ok(PROCESSOR_PAGE, { first: 10, after });
          pages.push(data.processors);
          after = data.processors.pageInfo.hasNextPage ? data.processors.pageInfo.endCursor : null;
        } while (after !== null && pages.length < 10);

        expect(pages.map((page) => page.edges.length)).toEqual([10, 10, 5]);
        expect(pages.map((page) => page.totalCount)).toEqual([25, 25, 25]);
        expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
        expect(pages.flatMap(nodeKeys)).toEqual(demoKeys);
        for (const page of pages)
          expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      });

      it('should answer the same page twice and continue after a cursor even when earlier keys are added', async () => {
        const first = (await ok(PROCESSOR_PAGE, { first: 5 })).processors;
        const again = (await ok(PROCESSOR_PAGE, { first: 5 })).processors;
        const created = await createProcessor({ key: '00-first-in-order' });
        const next = (await ok(PROCESSOR_PAGE, { first: 5, after: first.pageInfo.endCursor })).processors;
        await ok(DELETE_PROCESSOR, { key: created.key });

        expect(again).toEqual(first);
        expect(nodeKeys(next as ProcessorPage)).toEqual(demoKeys.slice(5, 10));
        expect(next.totalCount).toBe(26);
      });

      it('should default to 50 a page', async () => {
        const data = await ok(
          `{ processors { totalCount pageInfo { hasNextPage } edges { node { key } } } }`,
        );

        expect(data.processors.edges).toHaveLength(25);
        expect(data.processors.pageInfo.hasNextPage).toBe(false);
      });

      it('should answer first: 0 with the count only', async () => {
        const data = await ok(PROCESSOR_PAGE, { first: 0 });

        expect(data.processors).toEqual({
          totalCount: 25,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [],
        });
      });

      it.each([
        ['first over 500', { first: 501 }, 'first'],
        ['a negative first', { first: -1 }, 'first'],
        ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
        ['a cursor without a key', { after: Buffer.from('{"x":1}').toString('base64url') }, 'after'],
      ])('should refuse %s with BAD_USER_INPUT naming the argument', async (_case, variables, path) => {
        const response = await sut.gql(PROCESSOR_PAGE, variables);

        expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
        expect(problemPaths(response)).toEqual([path]);
        expect(response.data).toBeNull();
      });

      it('should allow first: 500', async () => {
        const data = await ok(PROCESSOR_PAGE, { first: 500 });

        expect(data.processors.edges).toHaveLength(25);
      });

      it('should refuse an unknown country filter naming the argument', async () => {
        const response = await sut.gql(PROCESSOR_PAGE, { country: 'XX' });
        const error = onlyError(response);

        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain('$country');
        expect(error.message).toContain('unknown country code "XX"');
      });
    });
  });

  describe('searching and filtering processors', () => {
    beforeAll(async () => {
      await sut.resetRegistry();
      for (const input of [
        { key: 'ahlens', name: 'Åhléns AB', country: 'SE', registrationNumber: '556010-0001' },
        { key: 'oresund-data', name: 'Öresund Data ApS', country: 'DK', registrationNumber: 'DK-33661234' },
        {
          key: 'goteborg-energi',
          name: 'Göteborg Energi AB',
          country: 'SE',
          registrationNumber: '556362-6794',
        },
        {
          key: 'karlstads-kommun',
          name: 'Karlstads kommun',
          country: 'SE',
          registrationNumber: '212000-1876',
        },
        { key: 'percent', name: '100% Uptime Ltd', country: 'GB' },
        { key: 'under_score', name: 'Underscore Inc.', country: 'US' },
        { key: 'ELLINIKA', name: 'Ellinika Data AE', country: 'EL' },
      ]) {
        await createProcessor(input);
      }
    });

    const keysOf = (data: { processors: ProcessorPage }): string[] => nodeKeys(data.processors);

    it.each([
      ['name, lower case non-ASCII', 'åhl', ['ahlens']],
      ['name, upper case non-ASCII', 'ÅHLÉNS', ['ahlens']],
      ['a single upper case "Å"', 'Å', ['ahlens']],
      ['"ö" in any position and case', 'ö', ['goteborg-energi', 'oresund-data']],
      ['"Ö" in upper case', 'Ö', ['goteborg-energi', 'oresund-data']],
      ['key, case-insensitively', 'ORESUND', ['oresund-data']],
      ['key in upper case, searched in lower case', 'ellinika', ['ELLINIKA']],
      ['registration number', '556010', ['ahlens']],
      ['registration number with letters', 'dk-3366', ['oresund-data']],
      ['text with surrounding spaces', '  kommun  ', ['karlstads-kommun']],
      ['"%" literally', '%', ['percent']],
      ['"_" literally', '_', ['under_score']],
      ['text found nowhere', 'no such vendor', []],
    ])('should search the %s', async (_case, search, keys) => {
      const data = await ok(PROCESSOR_PAGE, { search });

      expect(keysOf(data)).toEqual(keys);
      expect(data.processors.totalCount).toBe(keys.length);
    });

    it.each([
      ['upper case', 'SE', ['ahlens', 'goteborg-energi', 'karlstads-kommun']],
      ['lower case', 'se', ['ahlens', 'goteborg-energi', 'karlstads-kommun']],
      ['the alias UK (stored as GB)', 'uk', ['percent']],
      ['the alias EL (stored as GR)', 'EL', ['ELLINIKA']],
      ['a country without processors', 'NO', []],
    ])('should filter by country in %s', async (_case, country, keys) => {
      const data = await ok(PROCESSOR_PAGE, { country });

      expect(keysOf(data)).toEqual(keys);
      expect(data.processors.totalCount).toBe(keys.length);
    });

    it('should combine search and country', async () => {
      const data = await ok(PROCESSOR_PAGE, { search: 'ö', country: 'se' });

      expect(keysOf(data)).toEqual(['goteborg-energi']);
    });

    it('should count over all pages of a filtered list', async () => {
      const first = (await ok(PROCESSOR_PAGE, { country: 'SE', first: 2 })).processors;
      const second = (await ok(PROCESSOR_PAGE, { country: 'SE', first: 2, after: first.pageInfo.endCursor }))
        .processors;

      expect([first.totalCount, second.totalCount]).toEqual([3, 3]);
      expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
      expect(nodeKeys(second as ProcessorPage)).toEqual(['karlstads-kommun']);
    });

    it('should answer an empty page with a null endCursor', async () => {
      const data = await ok(PROCESSOR_PAGE, { search: 'no such vendor' });

      expect(data.processors.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    });
  });

  describe('controllers: create, update, delete', () => {
    beforeEach(() => sut.resetRegistry());

    it('should create a controller at version 1 and read it back', async () => {
      const created = await createController({
        key: 'acme-se',
        name: 'Acme Sverige AB',
        registrationNumber: '556000-0001',
      });
      const read = (await ok(`{ controller(key: "acme-se") { ...ControllerFields } } ${CONTROLLER_FIELDS}`))
        .controller;

      expect(created).toEqual({
        id: expect.any(String),
        key: 'acme-se',
        name: 'Acme Sverige AB',
        registrationNumber: '556000-0001',
        version: 1,
        country: { code: 'SE' },
      });
      expect(read).toEqual(created);
    });

    it('should stamp creation and change times as UTC instants', async () => {
      const started = Date.now();
      await createController({ key: 'acme-se' });
      await ok(UPDATE_CONTROLLER, { key: 'acme-se', input: { name: 'Changed AB' } });

      const { controller } = await ok(`{ controller(key: "acme-se") { createdAt updatedAt } }`);
      const [createdAt, updatedAt] = [Date.parse(controller.createdAt), Date.parse(controller.updatedAt)];

      expect(controller.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(Math.abs(createdAt - started)).toBeLessThan(5_000);
      expect(updatedAt).toBeGreaterThanOrEqual(createdAt);
      expect(Math.abs(updatedAt - Date.now())).toBeLessThan(5_000);
    });

    it.each([
      ['lower case', 'se', 'SE'],
      ['the alias UK', 'UK', 'GB'],
      ['the alias EL in lower case', 'el', 'GR'],
    ])('should store a country given in %s as its ISO code', async (_case, country, stored) => {
      const created = await createController({ country });

      expect(created.country).toEqual({ code: stored });
    });

    it('should increment the version on every update and apply the change', async () => {
      await createController({ key: 'acme-se' });
      const first = (await ok(UPDATE_CONTROLLER, { key: 'acme-se', input: { name: 'Acme One AB' } }))
        .updateController;
      const second = (await ok(UPDATE_CONTROLLER, { key: 'acme-se', input: { country: 'fi', version: 2 } }))
        .updateController;

      expect(first).toMatchObject({ name: 'Acme One AB', version: 2, country: { code: 'SE' } });
      expect(second).toMatchObject({ name: 'Acme One AB', version: 3, country: { code: 'FI' } });
    });

    it('should refuse an update with a stale version with CONFLICT and change nothing', async () => {
      await createController({ key: 'acme-se', name: 'Acme AB' });
      await ok(UPDATE_CONTROLLER, { key: 'acme-se', input: { name: 'Acme Changed AB' } });
      const before = await exportRegistry();

      const response = await sut.gql(UPDATE_CONTROLLER, {
        key: 'acme-se',
        input: { name: 'Lost Update AB', version: 1 },
      });
      const error = onlyError(response);

      expect(error.extensions).toEqual({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      expect(error.message).toContain('version 1');
      expect(await exportRegistry()).toEqual(before);
      expect((await ok(`{ controller(key: "acme-se") { version } }`)).controller.version).toBe(2);
    });

    it('should rename a controller and keep its engagements', async () => {
      const controller = await createController({ key: 'old-key' });
      await createProcessor({ key: 'vendor' });
      const engagement = await createEngagement('old-key', 'vendor', { service: 'Hosting' });

      const renamed = (await ok(UPDATE_CONTROLLER, { key: 'old-key', input: { key: 'new-key' } }))
        .updateController;
      const data = await ok(
        `query ($id: ID!) { old: controller(key: "old-key") { key }
        engagement(id: $id) { key client { key } } }`,
        { id: engagement.id },
      );

      expect(renamed).toMatchObject({ id: controller.id, key: 'new-key', version: 2 });
      expect(data.old).toBeNull();
      expect(data.engagement).toEqual({ key: 'old-key/vendor/Hosting', client: { key: 'new-key' } });
    });

    it('should clear an optional field given null and keep fields left out', async () => {
      await createController({ key: 'acme-se', name: 'Acme AB', registrationNumber: '556000-0001' });

      const updated = (await ok(UPDATE_CONTROLLER, { key: 'acme-se', input: { registrationNumber: null } }))
        .updateController;

      expect(updated).toMatchObject({ name: 'Acme AB', registrationNumber: null, country: { code: 'SE' } });
    });

    it('should delete a controller without engagements', async () => {
      await createController({ key: 'acme-se' });

      const data = await ok(DELETE_CONTROLLER, { key: 'acme-se' });

      expect(data.deleteController).toEqual({ key: 'acme-se', deletedEngagements: [] });
      expect((await ok(`{ controller(key: "acme-se") { key } }`)).controller).toBeNull();
    });

    it('should refuse to delete a controller its engagements reference, naming them, and delete nothing', async () => {
      await createController({ key: 'acme-se' });
      await createProcessor({ key: 'vendor' });
      await createEngagement('acme-se', 'vendor', { service: 'Hosting' });
      await createEngagement('acme-se', 'vendor', { key: 'payroll', service: 'Payroll' });
      const before = await exportRegistry();

      const response = await sut.gql(DELETE_CONTROLLER, { key: 'acme-se' });
      const error = onlyError(response);

      expect(error.extensions).toEqual({
        code: 'CONFLICT',
        kind: 'CONTROLLER',
        key: 'acme-se',
        engagements: ['acme-se/vendor/Hosting', 'payroll'],
      });
      expect(error.message).toContain('"acme-se/vendor/Hosting", "payroll"');
      expect(error.message).toContain('cascade: true');
      expect(await exportRegistry()).toEqual(before);
    });

    it('should delete a controller with its engagements when cascade is true', async () => {
      await createController({ key: 'acme-se' });
      await createProcessor({ key: 'vendor' });
      const hosting = await createEngagement('acme-se', 'vendor', { service: 'Hosting' });
      const payroll = await createEngagement('acme-se', 'vendor', { key: 'payroll', service: 'Payroll' });

      const data = await ok(DELETE_CONTROLLER, { key: 'acme-se', cascade: true });

      expect(data.deleteController).toEqual({
        key: 'acme-se',
        deletedEngagements: ['acme-se/vendor/Hosting', 'payroll'],
      });
      expect(await engagementExists(hosting.id)).toBe(false);
      expect(await engagementExists(payroll.id)).toBe(false);
      expect((await ok(`{ processor(key: "vendor") { key } }`)).processor).toEqual({ key: 'vendor' });
    });
  });

  describe('processors: create, update, delete', () => {
    beforeEach(() => sut.resetRegistry());

    it('should create a processor with every field and read it back', async () => {
      const created = await createProcessor({
        key: 'cloud-ie',
        name: 'Cloud Ireland Ltd',
        country: 'ie',
        registrationNumber: 'IE123456',
        parentCountry: 'us',
        publicBody: true,
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-08-01', validUntil: '2026-08-01' }],
      });
      const read = (await ok(`{ processor(key: "cloud-ie") { ...ProcessorFields } } ${PROCESSOR_FIELDS}`))
        .processor;

      expect(created).toEqual({
        id: expect.any(String),
        key: 'cloud-ie',
        name: 'Cloud Ireland Ltd',
        registrationNumber: 'IE123456',
        version: 1,
        publicBody: true,
        country: { code: 'IE' },
        parentCountry: { code: 'US' },
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-08-01', validUntil: '2026-08-01' }],
      });
      expect(read).toEqual(created);
    });

    it('should default publicBody, parentCountry and certifications', async () => {
      const created = await createProcessor({ key: 'plain' });

      expect(created).toMatchObject({
        publicBody: false,
        parentCountry: null,
        registrationNumber: null,
        certifications: [],
      });
    });

    it('should replace the certifications, clear parentCountry with null and bump the version each time', async () => {
      await createProcessor({
        key: 'cloud',
        parentCountry: 'US',
        certifications: [{ scheme: 'PRIVACY_SHIELD' }],
      });

      const first = (
        await ok(UPDATE_PROCESSOR, {
          key: 'cloud',
          input: { certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-10' }], version: 1 },
        })
      ).updateProcessor;
      const second = (await ok(UPDATE_PROCESSOR, { key: 'cloud', input: { parentCountry: null } }))
        .updateProcessor;
      const third = (await ok(UPDATE_PROCESSOR, { key: 'cloud', input: { publicBody: true } }))
        .updateProcessor;

      expect(first).toMatchObject({
        version: 2,
        parentCountry: { code: 'US' },
        certifications: [{ scheme: 'EU_US_DPF', validFrom: '2023-07-10', validUntil: null }],
      });
      expect(second).toMatchObject({ version: 3, parentCountry: null });
      expect(third).toMatchObject({
        version: 4,
        publicBody: true,
        parentCountry: null,
        certifications: first.certifications,
      });
    });

    it('should refuse an update with a stale version with CONFLICT and change nothing', async () => {
      await createProcessor({ key: 'cloud', name: 'Cloud Ltd' });
      await ok(UPDATE_PROCESSOR, { key: 'cloud', input: { name: 'Cloud Two Ltd' } });
      await ok(UPDATE_PROCESSOR, { key: 'cloud', input: { name: 'Cloud Three Ltd' } });
      const before = await exportRegistry();

      const response = await sut.gql(UPDATE_PROCESSOR, {
        key: 'cloud',
        input: { name: 'Lost Ltd', version: 2 },
      });

      expect(onlyError(response).extensions).toEqual({
        code: 'CONFLICT',
        expectedVersion: 2,
        actualVersion: 3,
      });
      expect(await exportRegistry()).toEqual(before);
    });

    it('should rename a processor that engagements reference as client and as processor', async () => {
      await createController({ key: 'acme' });
      await createProcessor({ key: 'old-vendor' });
      await createProcessor({ key: 'sub' });
      await createEngagement('acme', 'old-vendor', { key: 'first-tier' });
      await createEngagement('old-vendor', 'sub', { key: 'second-tier' });

      await ok(UPDATE_PROCESSOR, { key: 'old-vendor', input: { key: 'new-vendor' } });
      const document = (await exportRegistry()) as any;

      expect(
        (document.engagements as { key: string; client: string; processor: string }[]).map((engagement) => [
          engagement.key,
          engagement.client,
          engagement.processor,
        ]),
      ).toEqual([
        ['first-tier', 'acme', 'new-vendor'],
        ['second-tier', 'new-vendor', 'sub'],
      ]);
    });

    it('should refuse to delete a processor referenced as processor or as client, naming the engagements', async () => {
      await createController({ key: 'acme' });
      await createProcessor({ key: 'vendor' });
      await createProcessor({ key: 'sub' });
      await createEngagement('acme', 'vendor', { key: 'first-tier' });
      await createEngagement('vendor', 'sub', { key: 'second-tier' });
      const before = await exportRegistry();

      const asBoth = await sut.gql(DELETE_PROCESSOR, { key: 'vendor' });
      const asProcessor = await sut.gql(DELETE_PROCESSOR, { key: 'sub' });

      expect(onlyError(asBoth).extensions).toMatchObject({
        code: 'CONFLICT',
        engagements: ['first-tier', 'second-tier'],
      });
      expect(onlyError(asBoth).message).toContain('"first-tier", "second-tier"');
      expect(onlyError(asProcessor).extensions).toMatchObject({
        code: 'CONFLICT',
        engagements: ['second-tier'],
      });
      expect(await exportRegistry()).toEqual(before);
    });

    it('should delete a processor with every engagement referencing it when cascade is true', async () => {
      await createController({ key: 'acme' });
      await createProcessor({ key: 'vendor' });
      await createProcessor({ key: 'sub' });
      const firstTier = await createEngagement('acme', 'vendor', { key: 'first-tier' });
      const secondTier = await createEngagement('vendor', 'sub', { key: 'second-tier' });

      const data = await ok(DELETE_PROCESSOR, { key: 'vendor', cascade: true });
      const document = (await exportRegistry()) as any;

      expect(data.deleteProcessor).toEqual({
        key: 'vendor',
        deletedEngagements: ['first-tier', 'second-tier'],
      });
      expect(await engagementExists(firstTier.id)).toBe(false);
      expect(await engagementExists(secondTier.id)).toBe(false);
      expect((document.processors as Keyed[]).map(keyOf)).toEqual(['sub']);
      expect(document.engagements).toEqual([]);
    });
  });

  describe('engagements: create, update, delete', () => {
    beforeEach(async () => {
      await sut.resetRegistry();
      await createController({ key: 'acme' });
      await createProcessor({ key: 'vendor' });
      await createProcessor({ key: 'sub', country: 'US' });
    });

    it('should derive the key as <client>/<processor>/<service> and store every field', async () => {
      const created = await createEngagement('acme', 'vendor', {
        service: 'Customer support',
        purposes: ['support'],
        dataCategories: ['contact details'],
        dataSubjects: ['customers'],
        dpa: { status: 'SIGNED', signedOn: '2024-02-01', expiresOn: '2027-01-31', reference: 'DPA v3' },
        locations: [
          { country: 'ie', activity: 'HOSTING' },
          { country: 'US', activity: 'REMOTE_ACCESS' },
        ],
        safeguards: [
          {
            mechanism: 'SCC_2021',
            module: 'C2P',
            signedOn: '2024-02-01',
            countries: ['us'],
            tiaCompletedOn: '2024-01-20',
          },
        ],
      });

      expect(created).toEqual({
        id: expect.any(String),
        key: 'acme/vendor/Customer support',
        service: 'Customer support',
        version: 1,
        purposes: ['support'],
        dataCategories: ['contact details'],
        dataSubjects: ['customers'],
        authorisation: null,
        dpa: { status: 'SIGNED', signedOn: '2024-02-01', expiresOn: '2027-01-31', reference: 'DPA v3' },
        client: { __typename: 'Controller', key: 'acme' },
        processor: { key: 'vendor' },
        locations: [
          { country: { code: 'IE' }, activity: 'HOSTING' },
          { country: { code: 'US' }, activity: 'REMOTE_ACCESS' },
        ],
        safeguards: [
          {
            mechanism: 'SCC_2021',
            module: 'C2P',
            signedOn: '2024-02-01',
            countries: [{ code: 'US' }],
            tiaCompletedOn: '2024-01-20',
          },
        ],
      });
    });

    it('should take an explicit key and default the lists to empty', async () => {
      const created = await createEngagement('acme', 'vendor', {
        key: 'my-key',
        service: 'Hosting',
        locations: undefined,
        dpa: { status: 'PENDING' },
      });

      expect(created).toMatchObject({
        key: 'my-key',
        purposes: [],
        dataCategories: [],
        dataSubjects: [],
        locations: [],
        safeguards: [],
        dpa: { status: 'PENDING', signedOn: null, expiresOn: null, reference: null },
      });
    });

    it.each([
      ['a controller client: null', 'acme', undefined, null],
      ['a processor client without one: NONE', 'vendor', undefined, 'NONE'],
      ['a processor client with one: as given', 'vendor', 'SPECIFIC', 'SPECIFIC'],
    ])('should set the authorisation for %s', async (_case, client, authorisation, expected) => {
      const created = await createEngagement(client, 'sub', { authorisation });

      expect(created.authorisation).toBe(expected);
      expect(created.client.__typename).toBe(client === 'acme' ? 'Controller' : 'Processor');
    });

    it('should update fields, bump the version each time and keep the fields left out', async () => {
      const created = await createEngagement('acme', 'vendor', { service: 'Hosting', purposes: ['hosting'] });

      const first = (
        await ok(UPDATE_ENGAGEMENT, {
          id: created.id,
          input: { dpa: { status: 'SIGNED', signedOn: '2024-03-01', expiresOn: '2025-03-01' }, version: 1 },
        })
      ).updateEngagement;
      const second = (
        await ok(UPDATE_ENGAGEMENT, {
          id: created.id,
          input: { service: 'Hosting and backup', key: 'hosting' },
        })
      ).updateEngagement;

      expect(first).toMatchObject({
        version: 2,
        purposes: ['hosting'],
        dpa: { status: 'SIGNED', signedOn: '2024-03-01', expiresOn: '2025-03-01', reference: null },
      });
      expect(second).toMatchObject({
        version: 3,
        key: 'hosting',
        service: 'Hosting and backup',
        purposes: ['hosting'],
        dpa: first.dpa,
      });
    });

    it('should give a NONE authorisation when the client changes to a processor, and clear it back to null', async () => {
      const created = await createEngagement('acme', 'sub');

      const toProcessor = (await ok(UPDATE_ENGAGEMENT, { id: created.id, input: { client: 'vendor' } }))
        .updateEngagement;
      const authorised = (
        await ok(UPDATE_ENGAGEMENT, { id: created.id, input: { authorisation: 'GENERAL' } })
      ).updateEngagement;
      const toController = (await ok(UPDATE_ENGAGEMENT, { id: created.id, input: { client: 'acme' } }))
        .updateEngagement;

      expect(toProcessor).toMatchObject({
        client: { __typename: 'Processor', key: 'vendor' },
        authorisation: 'NONE',
      });
      expect(authorised.authorisation).toBe('GENERAL');
      expect(toController).toMatchObject({
        client: { __typename: 'Controller', key: 'acme' },
        authorisation: null,
      });
    });

    it('should clear the lists given empty', async () => {
      const created = await createEngagement('acme', 'vendor', {
        purposes: ['a'],
        safeguards: [{ mechanism: 'BCR' }],
      });

      const updated = (
        await ok(UPDATE_ENGAGEMENT, { id: created.id, input: { purposes: [], safeguards: [] } })
      ).updateEngagement;

      expect(updated).toMatchObject({ purposes: [], safeguards: [], locations: created.locations });
    });

    it('should refuse an update with a stale version with CONFLICT and change nothing', async () => {
      const created = await createEngagement('acme', 'vendor');
      await ok(UPDATE_ENGAGEMENT, { id: created.id, input: { purposes: ['one'] } });
      const before = await exportRegistry();

      const response = await sut.gql(UPDATE_ENGAGEMENT, {
        id: created.id,
        input: { purposes: ['two'], version: 1 },
      });

      expect(onlyError(response).extensions).toEqual({
        code: 'CONFLICT',
        expectedVersion: 1,
        actualVersion: 2,
      });
      expect(await exportRegistry()).toEqual(before);
    });

    it('should refuse an engagement key that another engagement has, with CONFLICT', async () => {
      await createEngagement('acme', 'vendor', { key: 'taken' });
      const other = await createEngagement('acme', 'sub', { key: 'other' });
      const before = await exportRegistry();

      const created = await sut.gql(CREATE_ENGAGEMENT, {
        input: engagementInputFactory.build({ client: 'acme', processor: 'sub', key: 'taken' }),
      });
      const renamed = await sut.gql(UPDATE_ENGAGEMENT, { id: other.id, input: { key: 'taken' } });

      for (const response of [created, renamed]) {
        expect(onlyError(response).extensions).toMatchObject({
          code: 'CONFLICT',
          key: 'taken',
          field: 'key',
        });
        expect(onlyError(response).message).toContain('"taken" is already used by an engagement');
      }
      expect(await exportRegistry()).toEqual(before);
    });

    it('should refuse a second engagement with the same derived key', async () => {
      await createEngagement('acme', 'vendor', { service: 'Hosting' });

      const response = await sut.gql(CREATE_ENGAGEMENT, {
        input: engagementInputFactory.build({ client: 'acme', processor: 'vendor', service: 'Hosting' }),
      });

      expect(onlyError(response).extensions).toMatchObject({ code: 'CONFLICT', key: 'acme/vendor/Hosting' });
    });

    it('should delete an engagement and answer its id and key', async () => {
      const created = await createEngagement('acme', 'vendor', { key: 'gone' });

      const data = await ok(DELETE_ENGAGEMENT, { id: created.id });

      expect(data.deleteEngagement).toEqual({ id: created.id, key: 'gone' });
      expect(await engagementExists(created.id)).toBe(false);
    });
  });

  describe('refused inputs', () => {
    let engagementId: string;
    let before: unknown;

    beforeEach(async () => {
      await sut.resetRegistry();
      await createController({ key: 'acme', name: 'Acme AB' });
      await createProcessor({ key: 'vendor', name: 'Vendor Ltd' });
      engagementId = (await createEngagement('acme', 'vendor', { key: 'hosting' })).id;
      before = await exportRegistry();
    });

    afterEach(async () => {
      expect(await exportRegistry()).toEqual(before);
    });

    const controller = (overrides = {}) => ({ input: controllerInputFactory.build(overrides) });
    const processor = (overrides = {}) => ({ input: processorInputFactory.build(overrides) });
    const engagement = (overrides = {}) => ({
      input: engagementInputFactory.build({ client: 'acme', processor: 'vendor', ...overrides }),
    });

    // Errors GraphQL itself raises while coercing variables: the message names the variable path.
    it.each([
      [
        'an unknown country',
        CREATE_CONTROLLER,
        controller({ country: 'XX' }),
        'input.country',
        'unknown country code "XX"',
      ],
      [
        'an unknown parent country',
        CREATE_PROCESSOR,
        processor({ parentCountry: 'XX' }),
        'input.parentCountry',
        '"XX"',
      ],
      [
        'an unknown location country',
        CREATE_ENGAGEMENT,
        engagement({ locations: [{ country: 'XX', activity: 'HOSTING' }] }),
        'input.locations[0].country',
        '"XX"',
      ],
      [
        'an unknown safeguard country',
        CREATE_ENGAGEMENT,
        engagement({ safeguards: [{ mechanism: 'SCC_2021', countries: ['SE', 'XX'] }] }),
        'input.safeguards[0].countries[1]',
        '"XX"',
      ],
      [
        'a date that does not exist',
        CREATE_ENGAGEMENT,
        engagement({ dpa: { status: 'SIGNED', signedOn: '2023-02-30' } }),
        'input.dpa.signedOn',
        '"2023-02-30" is not a real calendar date',
      ],
      [
        'a date without leading zeros',
        CREATE_ENGAGEMENT,
        engagement({ dpa: { status: 'SIGNED', signedOn: '2023-1-5' } }),
        'input.dpa.signedOn',
        'not a date in the form YYYY-MM-DD',
      ],
      [
        'an invalid certification date',
        CREATE_PROCESSOR,
        processor({ certifications: [{ scheme: 'EU_US_DPF', validFrom: '2024-13-01' }] }),
        'input.certifications[0].validFrom',
        '"2024-13-01"',
      ],
      [
        'an unknown field',
        CREATE_CONTROLLER,
        controller({ nickname: 'Acme' }),
        'input',
        'Field "nickname" is not defined by type "CreateControllerInput"',
      ],
      [
        'an unknown nested field',
        CREATE_ENGAGEMENT,
        engagement({ dpa: { status: 'SIGNED', signed: '2024-01-01' } }),
        'input.dpa',
        'Field "signed" is not defined by type "DpaInput"',
      ],
      [
        'an unknown enum value',
        CREATE_ENGAGEMENT,
        engagement({ locations: [{ country: 'SE', activity: 'STORAGE' }] }),
        'input.locations[0].activity',
        'Value "STORAGE" does not exist in "ProcessingActivity" enum',
      ],
      [
        'a missing required field',
        CREATE_CONTROLLER,
        { input: { key: 'x', country: 'SE' } },
        'input',
        'Field "name" of required type',
      ],
      [
        'an unknown field in an update',
        UPDATE_PROCESSOR,
        { key: 'vendor', input: { parent: 'US' } },
        'input',
        'Field "parent" is not defined by type "UpdateProcessorInput"',
      ],
    ])(
      'should refuse %s with BAD_USER_INPUT naming the field',
      async (_case, mutation, variables, field, detail) => {
        const response = await sut.gql(mutation, variables);
        const error = onlyError(response);

        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain('Variable "$input" got invalid value');
        // A problem with the input object itself names the field in its detail; deeper ones give the path.
        if (field !== 'input') expect(error.message).toContain(`at "${field}"`);
        expect(error.message).toContain(detail);
        expect(response.status).toBe(400);
      },
    );

    it('should refuse an unknown field written in the query itself, naming it', async () => {
      const response = await sut.gql(
        `mutation { createController(input: { key: "x", name: "X", country: "SE", nickname: "Y" }) { key } }`,
      );
      const error = onlyError(response);

      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toContain('Field "nickname" is not defined by type "CreateControllerInput"');
    });

    it('should refuse an unknown country written in the query itself', async () => {
      const response = await sut.gql(
        `mutation { createController(input: { key: "x", name: "X", country: "XX" }) { key } }`,
      );
      const error = onlyError(response);

      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toContain('unknown country code "XX"');
    });

    // Errors the service or the validation pipe raises: extensions.errors lists each field path.
    it.each([
      ['a blank name', CREATE_CONTROLLER, controller({ name: '   ' }), ['input.name']],
      ['a name over 200 characters', CREATE_PROCESSOR, processor({ name: 'x'.repeat(201) }), ['input.name']],
      ['a key with a space', CREATE_CONTROLLER, controller({ key: 'acme se' }), ['input.key']],
      ['an empty key', CREATE_PROCESSOR, processor({ key: '' }), ['input.key']],
      [
        'a blank registration number',
        CREATE_CONTROLLER,
        controller({ registrationNumber: ' ' }),
        ['input.registrationNumber'],
      ],
      ['a blank service', CREATE_ENGAGEMENT, engagement({ service: ' ' }), ['input.service']],
      ['a blank purpose', CREATE_ENGAGEMENT, engagement({ purposes: ['ok', ''] }), ['input.purposes']],
      [
        'a blank name and a bad key at once',
        CREATE_CONTROLLER,
        controller({ key: 'a b', name: '' }),
        ['input.key', 'input.name'],
      ],
      ['an unknown client', CREATE_ENGAGEMENT, engagement({ client: 'nobody' }), ['input.client']],
      ['an unknown processor', CREATE_ENGAGEMENT, engagement({ processor: 'nobody' }), ['input.processor']],
      [
        'a controller engaged as processor',
        CREATE_ENGAGEMENT,
        engagement({ processor: 'acme' }),
        ['input.processor'],
      ],
      [
        'an authorisation on a controller-client engagement',
        CREATE_ENGAGEMENT,
        engagement({ authorisation: 'GENERAL' }),
        ['input.authorisation'],
      ],
      [
        'a DPA expiring before it was signed',
        CREATE_ENGAGEMENT,
        engagement({ dpa: { status: 'SIGNED', signedOn: '2024-05-01', expiresOn: '2024-04-30' } }),
        ['input.dpa.expiresOn'],
      ],
      [
        'a certification valid until before it is valid from',
        CREATE_PROCESSOR,
        processor({
          certifications: [{ scheme: 'EU_US_DPF', validFrom: '2024-05-01', validUntil: '2023-05-01' }],
        }),
        ['input.certifications.0.validUntil'],
      ],
      ['a null name in an update', UPDATE_CONTROLLER, { key: 'acme', input: { name: null } }, ['input.name']],
      [
        'a null country in an update',
        UPDATE_PROCESSOR,
        { key: 'vendor', input: { country: null } },
        ['input.country'],
      ],
      ['a blank name in an update', UPDATE_PROCESSOR, { key: 'vendor', input: { name: '' } }, ['input.name']],
      [
        'a version below 1',
        UPDATE_CONTROLLER,
        { key: 'acme', input: { name: 'X', version: 0 } },
        ['input.version'],
      ],
    ])(
      'should refuse %s with BAD_USER_INPUT listing the field',
      async (_case, mutation, variables, paths) => {
        const response = await sut.gql(mutation, variables);

        expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
        expect([...new Set(problemPaths(response))].sort()).toEqual(paths);
        expect(onlyError(response).message).toContain(paths[0]);
      },
    );

    it('should refuse updating an engagement with bad dates or parties, listing every field', async () => {
      const response = await sut.gql(UPDATE_ENGAGEMENT, {
        id: engagementId,
        input: {
          processor: 'acme',
          authorisation: 'GENERAL',
          dpa: { status: 'SIGNED', signedOn: '2024-05-01', expiresOn: '2024-01-01' },
        },
      });

      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemPaths(response).sort()).toEqual([
        'input.authorisation',
        'input.dpa.expiresOn',
        'input.processor',
      ]);
    });

    it('should not log refused requests as failures of the service', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

      try {
        const invalid = await sut.gql(CREATE_CONTROLLER, controller({ name: ' ' }));
        const missing = await sut.gql(DELETE_PROCESSOR, { key: 'nobody' });
        const conflict = await sut.gql(CREATE_PROCESSOR, processor({ key: 'acme' }));

        expect(
          [invalid, missing, conflict].map((response) => String(onlyError(response).extensions?.code)),
        ).toEqual(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);
        expect(logged).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    });

    it.each([
      ['a processor with a controller’s key', CREATE_PROCESSOR, processor({ key: 'acme' }), 'a controller'],
      [
        'a controller with a processor’s key',
        CREATE_CONTROLLER,
        controller({ key: 'vendor' }),
        'a processor',
      ],
      [
        'a second controller with the same key',
        CREATE_CONTROLLER,
        controller({ key: 'acme' }),
        'a controller',
      ],
      [
        'a processor renamed to a controller’s key',
        UPDATE_PROCESSOR,
        { key: 'vendor', input: { key: 'acme' } },
        'a controller',
      ],
      [
        'a controller renamed to a processor’s key',
        UPDATE_CONTROLLER,
        { key: 'acme', input: { key: 'vendor' } },
        'a processor',
      ],
    ])('should refuse %s with CONFLICT', async (_case, mutation, variables, owner) => {
      const response = await sut.gql(mutation, variables);
      const error = onlyError(response);

      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'key' });
      expect(error.message).toContain(`is already used by ${owner}`);
    });

    it.each([
      [
        'updating a controller',
        UPDATE_CONTROLLER,
        { key: 'nobody', input: { name: 'X' } },
        'No controller with key "nobody"',
      ],
      [
        'updating a processor',
        UPDATE_PROCESSOR,
        { key: 'nobody', input: { name: 'X' } },
        'No processor with key "nobody"',
      ],
      [
        'updating a controller by a processor’s key',
        UPDATE_CONTROLLER,
        { key: 'vendor', input: { name: 'X' } },
        'No controller',
      ],
      ['deleting a controller', DELETE_CONTROLLER, { key: 'nobody' }, 'No controller with key "nobody"'],
      ['deleting a processor', DELETE_PROCESSOR, { key: 'nobody' }, 'No processor with key "nobody"'],
      [
        'deleting a processor by a controller’s key',
        DELETE_PROCESSOR,
        { key: 'acme', cascade: true },
        'No processor',
      ],
      [
        'updating an engagement',
        UPDATE_ENGAGEMENT,
        { id: '00000000-0000-4000-8000-000000000000', input: { service: 'X' } },
        'No engagement with id',
      ],
      [
        'deleting an engagement',
        DELETE_ENGAGEMENT,
        { id: '00000000-0000-4000-8000-000000000000' },
        'No engagement with id',
      ],
    ])('should answer NOT_FOUND when %s that does not exist', async (_case, mutation, variables, message) => {
      const response = await sut.gql(mutation, variables);

      expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
      expect(onlyError(response).message).toContain(message);
    });
  });

  describe('HTTP-level errors', () => {
    beforeEach(() => sut.resetRegistry());

    it('should answer a malformed JSON body with HTTP 400 and a GraphQL-shaped BAD_REQUEST', async () => {
      const response = await sut.post('{"query": "{ controllers { key } }"');

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(/^The request body is not valid JSON: /),
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });

    it('should answer a body over the limit with HTTP 413, PAYLOAD_TOO_LARGE and a pointer to the CLI, importing nothing', async () => {
      const processors = Array.from({ length: 26_000 }, (_, index) =>
        processorItemFactory.build({ key: `padding-${index}`, name: 'p'.repeat(150) }),
      );
      const body = JSON.stringify({
        query: IMPORT,
        variables: { document: documentFactory.build({ processors }) },
      });
      expect(body.length).toBeGreaterThan(4.5 * 1024 * 1024);
      expect(body.length).toBeLessThan(6 * 1024 * 1024);

      const response = await sut.post(body);

      expect(response.status).toBe(413);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        limitBytes: 4 * 1024 * 1024,
      });
      expect(response.body.errors[0].message).toContain('4 MB');
      expect(response.body.errors[0].message).toContain('npm run cli -- import FILE');
      expect(await exportRegistry()).toEqual({
        version: 1,
        controllers: [],
        processors: [],
        engagements: [],
      });
    });

    it('should answer an unexpected internal error as INTERNAL_SERVER_ERROR without its details', async () => {
      await createController({ key: 'acme' });
      await createProcessor({ key: 'vendor' });
      const engagement = await createEngagement('acme', 'vendor');
      // Stored data that no write path accepts: the resolver's catalogue lookup fails unexpectedly.
      await sut.dataSource.query(
        `UPDATE engagement SET locations = '[{"country":"ZZ","activity":"HOSTING"}]' WHERE id = ?`,
        [engagement.id],
      );
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

      try {
        const response = await sut.gql(
          `query ($id: ID!) { engagement(id: $id) { key locations { country { code } } } }`,
          {
            id: engagement.id,
          },
        );
        const error = onlyError(response);

        expect(error).toEqual({
          message: 'Internal server error',
          locations: expect.any(Array),
          path: ['engagement', 'locations', 0, 'country'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        expect(JSON.stringify(response.errors)).not.toMatch(/ZZ|stored data|stack|at /);
        expect(logged).toHaveBeenCalledWith(
          expect.stringContaining('Unknown country code in stored data: ZZ'),
        );
      } finally {
        logged.mockRestore();
      }
    });
  });

  describe('SQL statements per request (no N+1)', () => {
    const NESTED = `{ controllers { key engagements { key processor { key country { code }
      subprocessors { key processor { key country { code } parentCountry { code } } } } } } }`;
    const PAGE = `{ processors(first: 50) { totalCount edges { node { key
      engagedBy { key client { __typename key } }
      subprocessors { key processor { key } client { key } } } } } }`;

    const statements = async (query: string): Promise<{ count: number; size: number }> => {
      const response = await sut.gql(query);
      expect(response.errors).toBeUndefined();
      return {
        count: Number(response.headers.get('x-sql-statements')),
        size: JSON.stringify(response.data).length,
      };
    };

    it('should take as many statements on a large registry as on the demo, and only a few', async () => {
      await sut.resetRegistry();
      await importDocument(DEMO);
      const small = { nested: await statements(NESTED), page: await statements(PAGE) };

      await sut.resetRegistry();
      await importDocument(generatedDocument({ controllers: 5, processors: 300, engagements: 600 }));
      const large = { nested: await statements(NESTED), page: await statements(PAGE) };

      // The large answers really hold more (every level is populated), so equal counts mean batching.
      expect(large.nested.size).toBeGreaterThan(10 * small.nested.size);
      expect(large.page.size).toBeGreaterThan(small.page.size);
      expect(large.nested.count).toBe(small.nested.count);
      expect(large.page.count).toBe(small.page.count);
      // controllers, their engagements, processors, subprocessor engagements, subprocessors.
      expect(small.nested.count).toBe(5);
      // count, page, engagedBy, subprocessors, clients and processors.
      expect(small.page.count).toBe(5);
    });

    it('should report the statements of a mutation too', async () => {
      await sut.resetRegistry();
      const response = await sut.gql(CREATE_CONTROLLER, { input: controllerInputFactory.build() });

      expect(Number(response.headers.get('x-sql-statements'))).toBeGreaterThan(0);
      expect(Number(response.headers.get('x-sql-statements'))).toBeLessThanOrEqual(6);
    });
  });
});
