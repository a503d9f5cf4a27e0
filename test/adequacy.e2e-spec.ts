// Countries and adequacy decisions over HTTP through the real schema: regions and aliases, the decision
// in force on a date, the admin mutations and what they do to the assessment, refused inputs (each
// leaving the data unchanged), and the shipped file on a persistent database: local edits survive
// restarts and a newer file, which updates only what nobody edited.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayIn } from '../src/common/dates';
import { DATA_DIR } from '../src/common/project-root';
import { type AdequacyDataFile, readAdequacyDataFile } from '../src/reference/adequacy/adequacy-data-file';
import { ShippedAdequacyData } from '../src/reference/adequacy/shipped-reference-data';
import { ReferenceDataLoader } from '../src/reference/reference-data.loader';
import { type GraphQLResponse, startTestApp, type TestApp } from './helpers/test-app';

/** The demo registry is date-sensitive: every assessment names its date. */
const AS_OF = '2026-11-23';
const SHIPPED = readAdequacyDataFile(DATA_DIR);

const DECISION_FIELDS = `
  fragment DecisionFields on AdequacyDecision {
    id legalAct adoptedOn effectiveFrom expiresOn revokedOn scope certificationScheme contested
    sourceUrl notes origin locallyEditedAt version
    country { code }
  }`;
const ALL_DECISIONS = `{
  adequacyDecisions { ...DecisionFields }
  referenceData { version asOf locallyChangedDecisions lastLocalChangeAt }
} ${DECISION_FIELDS}`;
const RECORD = `mutation ($input: RecordAdequacyDecisionInput!) {
  recordAdequacyDecision(input: $input) { ...DecisionFields } } ${DECISION_FIELDS}`;
const AMEND = `mutation ($id: ID!, $input: AmendAdequacyDecisionInput!) {
  amendAdequacyDecision(id: $id, input: $input) { ...DecisionFields } } ${DECISION_FIELDS}`;
const REVOKE = `mutation ($id: ID!, $revokedOn: Date!) {
  revokeAdequacyDecision(id: $id, revokedOn: $revokedOn) { ...DecisionFields } } ${DECISION_FIELDS}`;
const SET_CONTESTED = `mutation ($id: ID!, $contested: Boolean!) {
  setAdequacyDecisionContested(id: $id, contested: $contested) { ...DecisionFields } } ${DECISION_FIELDS}`;
const ADEQUACY_ON = `query ($code: CountryCode!, $asOf: Date) {
  country(code: $code) { adequacy(asOf: $asOf) { id } } }`;
const TRANSFERS_AT = `query ($asOf: Date) {
  transferAssessment(asOf: $asOf) {
    transfers { id status basis destination { code } adequacyDecision { id } findings { code } }
  } }`;

const DPF = 'us-2023-1795-dpf';
const UK = 'gb-2021-1772';
const NEWSLETTER = 'softmore-se:newsletter:US';
const GB_TRANSFERS = [
  'softmore-ab:46elks/globalsms/International SMS routing:GB',
  'softmore-se:46elks/globalsms/International SMS routing:GB',
];
const INDIA_TRANSFERS = [
  'softmore-ab:microsoft/microsoft-us/Support and service operations:IN',
  'softmore-se:microsoft/microsoft-us/Support and service operations:IN',
  'softmore-se:softmore-se/chatlane/Website live chat:IN',
];

/** A valid new decision; each test changes what it is about. */
function recordInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'in-2026-test',
    country: 'IN',
    legalAct: 'Commission Implementing Decision (EU) 2026/999 (India, for this test)',
    adoptedOn: '2025-12-15',
    effectiveFrom: '2026-01-01',
    scope: 'FULL',
    sourceUrl: 'https://eur-lex.europa.eu/eli/dec_impl/2026/999/oj',
    ...overrides,
  };
}

interface AdequacyAnswer {
  country: { adequacy: { id: string } | null };
}

interface TransferRow {
  id: string;
  status: string;
  basis: string;
  destination: { code: string };
  adequacyDecision: { id: string } | null;
  findings: { code: string }[];
}

function expectNoErrors(response: GraphQLResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

function onlyError(response: GraphQLResponse): NonNullable<GraphQLResponse['errors']>[number] {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}

describe('adequacy decisions over GraphQL', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => sut.close());
  // Back to the shipped file: no local decisions, no local edits.
  afterEach(async () => {
    await sut.dataSource.query('DELETE FROM adequacy_decision');
    await sut.app.get(ReferenceDataLoader).onModuleInit();
  });

  async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await sut.gql<T>(query, variables);
    expectNoErrors(response);
    return response.data!;
  }

  async function adequacyOn(code: string, asOf?: string): Promise<string | null> {
    const data = await ok<AdequacyAnswer>(ADEQUACY_ON, { code, asOf });
    return data.country.adequacy?.id ?? null;
  }

  async function transfersAt(asOf: string): Promise<Map<string, TransferRow>> {
    const data = await ok(TRANSFERS_AT, { asOf });
    return new Map(
      (data.transferAssessment.transfers as TransferRow[]).map((transfer) => [transfer.id, transfer]),
    );
  }

  describe('countries', () => {
    it('should list the third countries, sorted by code, without the EU and the EEA', async () => {
      const data = await ok(`{
        third: countries(region: THIRD_COUNTRY) { code region }
        eea: countries(region: EEA) { code }
      }`);
      const codes = (data.third as { code: string }[]).map((country) => country.code);

      expect(codes).toEqual(expect.arrayContaining(['GB', 'US', 'CH', 'FO', 'GL', 'GI', 'JE', 'SJ']));
      expect(codes).not.toContain('SE');
      expect(codes).not.toContain('NO');
      expect(codes).not.toContain('AX');
      expect(codes).toEqual([...codes].sort());
      expect(new Set((data.third as { region: string }[]).map((country) => country.region))).toEqual(
        new Set(['THIRD_COUNTRY']),
      );
      expect(data.eea).toEqual([{ code: 'IS' }, { code: 'LI' }, { code: 'NO' }]);
    });

    it.each([
      ['uk', 'GB', 'THIRD_COUNTRY', 'Storbritannien'],
      ['el', 'GR', 'EU', 'Grekland'],
      ['se', 'SE', 'EU', 'Sverige'],
    ])('should take the code "%s" as %s', async (input, code, region, swedishName) => {
      const data = await ok(
        `query ($code: CountryCode!) {
        country(code: $code) { code region name(language: SV) } }`,
        { code: input },
      );

      expect(data.country).toEqual({ code, region, name: swedishName });
    });

    it('should list the US decisions chronologically: Safe Harbour, Privacy Shield, DPF', async () => {
      const data = await ok(`{ country(code: "US") {
        adequacyDecisions { id effectiveFrom revokedOn certificationScheme } } }`);

      expect(data.country.adequacyDecisions).toEqual([
        {
          id: 'us-2000-520-safe-harbour',
          effectiveFrom: '2000-07-26',
          revokedOn: '2015-10-06',
          certificationScheme: 'SAFE_HARBOUR',
        },
        {
          id: 'us-2016-1250-privacy-shield',
          effectiveFrom: '2016-08-01',
          revokedOn: '2020-07-16',
          certificationScheme: 'PRIVACY_SHIELD',
        },
        { id: DPF, effectiveFrom: '2023-07-10', revokedOn: null, certificationScheme: 'EU_US_DPF' },
      ]);
    });

    it.each([
      ['US', '2020-07-15', 'us-2016-1250-privacy-shield'],
      ['US', '2020-07-16', null],
      ['US', '2023-07-09', null],
      ['US', '2023-07-10', DPF],
      ['GB', '2021-06-27', null],
      ['GB', '2021-06-28', UK],
      ['GB', '2031-12-27', UK],
      ['GB', '2031-12-28', null],
      ['BR', '2026-01-25', null],
      ['BR', '2026-01-26', 'br-2026-179'],
      ['CH', AS_OF, 'ch-2000-518'],
      ['SE', AS_OF, null],
      ['IN', AS_OF, null],
    ])('should give %s on %s the decision %s', async (code, asOf, expected) => {
      expect(await adequacyOn(code, asOf)).toBe(expected);
    });

    it('should default Country.adequacy to today in TIME_ZONE', async () => {
      const today = todayIn('Europe/Stockholm');
      const data = await ok(
        `query ($today: Date) {
        us: country(code: "US") { byDefault: adequacy { id } today: adequacy(asOf: $today) { id } }
        gb: country(code: "GB") { byDefault: adequacy { id } today: adequacy(asOf: $today) { id } }
        br: country(code: "BR") { byDefault: adequacy { id } today: adequacy(asOf: $today) { id } }
      }`,
        { today },
      );

      for (const country of Object.values<{ byDefault: unknown; today: unknown }>(data)) {
        expect(country.byDefault).toEqual(country.today);
      }
    });
  });

  describe('admin mutations', () => {
    it('should record a decision that then counts for the country and in the assessment', async () => {
      const before = await transfersAt(AS_OF);

      const data = await ok(RECORD, { input: recordInput() });

      expect(data.recordAdequacyDecision).toEqual({
        id: 'in-2026-test',
        country: { code: 'IN' },
        legalAct: 'Commission Implementing Decision (EU) 2026/999 (India, for this test)',
        adoptedOn: '2025-12-15',
        effectiveFrom: '2026-01-01',
        expiresOn: null,
        revokedOn: null,
        scope: 'FULL',
        certificationScheme: null,
        contested: false,
        sourceUrl: 'https://eur-lex.europa.eu/eli/dec_impl/2026/999/oj',
        notes: null,
        origin: 'LOCAL',
        locallyEditedAt: expect.any(String),
        version: 1,
      });
      expect(await adequacyOn('IN', '2025-12-31')).toBeNull();
      expect(await adequacyOn('IN', '2026-01-01')).toBe('in-2026-test');
      const after = await transfersAt(AS_OF);
      for (const id of INDIA_TRANSFERS) {
        expect(before.get(id)).toMatchObject({ basis: 'SCC', adequacyDecision: null });
        expect(after.get(id)).toEqual({
          id,
          status: 'COVERED',
          basis: 'ADEQUACY',
          destination: { code: 'IN' },
          adequacyDecision: { id: 'in-2026-test' },
          findings: [],
        });
      }
      // The chat's module mismatch no longer matters: adequacy decides first.
      expect(before.get(INDIA_TRANSFERS[2])!.status).toBe('AT_RISK');
      // Only the India transfers change.
      const changed = [...after.values()].filter(
        (transfer) => JSON.stringify(transfer) !== JSON.stringify(before.get(transfer.id)),
      );
      expect(changed.map((transfer) => transfer.id).sort()).toEqual([...INDIA_TRANSFERS].sort());
      // Before it takes effect, nothing changes.
      const earlier = await transfersAt('2025-12-31');
      expect(earlier.get(INDIA_TRANSFERS[0])).toMatchObject({ basis: 'SCC' });
    });

    it('should derive the id "<country>-<effectiveFrom>-local" when none is given', async () => {
      const data = await ok(RECORD, { input: recordInput({ id: null, country: 'in' }) });

      expect(data.recordAdequacyDecision).toMatchObject({
        id: 'in-2026-01-01-local',
        country: { code: 'IN' },
      });
    });

    it('should amend the UK expiry: an earlier one ends adequacy for GB transfers after it', async () => {
      const data = await ok(AMEND, { id: UK, input: { expiresOn: '2027-06-30', version: 1 } });

      expect(data.amendAdequacyDecision).toMatchObject({
        id: UK,
        expiresOn: '2027-06-30',
        effectiveFrom: '2021-06-28',
        origin: 'SHIPPED',
        locallyEditedAt: expect.any(String),
        version: 2,
      });
      expect(await adequacyOn('GB', '2027-06-30')).toBe(UK);
      expect(await adequacyOn('GB', '2027-07-01')).toBeNull();
      const lastDay = await transfersAt('2027-06-30');
      const dayAfter = await transfersAt('2027-07-01');
      for (const id of GB_TRANSFERS) {
        // Within 180 days of the sunset: still covered, with a reminder.
        expect(lastDay.get(id)).toMatchObject({
          status: 'COVERED',
          basis: 'ADEQUACY',
          findings: [{ code: 'ADEQUACY_EXPIRING' }],
        });
        expect(dayAfter.get(id)).toMatchObject({
          status: 'NOT_COVERED',
          basis: 'NONE',
          adequacyDecision: null,
          findings: [{ code: 'TRANSFER_WITHOUT_SAFEGUARD' }],
        });
      }
    });

    it('should amend the UK expiry to a later one: adequacy goes on after 2031-12-27', async () => {
      await ok(AMEND, { id: UK, input: { expiresOn: '2037-12-27' } });

      expect(await adequacyOn('GB', '2031-12-28')).toBe(UK);
      expect((await transfersAt('2031-12-28')).get(GB_TRANSFERS[0])).toMatchObject({ basis: 'ADEQUACY' });
      expect(await adequacyOn('GB', '2037-12-28')).toBeNull();
    });

    it('should take expiresOn: null as "no sunset" and leave out fields alone', async () => {
      const data = await ok(AMEND, { id: UK, input: { expiresOn: null } });

      expect(data.amendAdequacyDecision).toMatchObject({
        expiresOn: null,
        effectiveFrom: '2021-06-28',
        legalAct: SHIPPED.decisions.find((decision) => decision.id === UK)!.legalAct,
      });
      expect(await adequacyOn('GB', '2050-01-01')).toBe(UK);
    });

    it('should revoke the DPF from a date: transfers before keep adequacy, from then on they lose it', async () => {
      const data = await ok(REVOKE, { id: DPF, revokedOn: '2027-01-01' });

      expect(data.revokeAdequacyDecision).toMatchObject({ id: DPF, revokedOn: '2027-01-01', version: 2 });
      expect(await adequacyOn('US', '2026-12-31')).toBe(DPF);
      expect(await adequacyOn('US', '2027-01-01')).toBeNull();
      expect((await transfersAt('2026-12-31')).get(NEWSLETTER)).toMatchObject({
        status: 'COVERED',
        basis: 'ADEQUACY',
        adequacyDecision: { id: DPF },
      });
      const after = await transfersAt('2027-01-01');
      expect(after.get(NEWSLETTER)).toMatchObject({
        status: 'NOT_COVERED',
        basis: 'NONE',
        findings: [{ code: 'TRANSFER_WITHOUT_SAFEGUARD' }],
      });
      // Backblaze falls back on its SCCs.
      expect(after.get('softmore-ab:offsite-backup:US')).toMatchObject({ status: 'COVERED', basis: 'SCC' });
    });

    it('should set and clear "contested": ADEQUACY_CONTESTED follows it on the Mailchimp transfer', async () => {
      const codes = async (): Promise<string[]> =>
        (await transfersAt(AS_OF)).get(NEWSLETTER)!.findings.map((finding) => finding.code);
      expect(await codes()).toEqual(['ADEQUACY_CONTESTED']);

      const cleared = await ok(SET_CONTESTED, { id: DPF, contested: false });
      expect(cleared.setAdequacyDecisionContested).toMatchObject({ contested: false, version: 2 });
      expect(await codes()).toEqual([]);

      const set = await ok(SET_CONTESTED, { id: DPF, contested: true });
      expect(set.setAdequacyDecisionContested).toMatchObject({ contested: true, version: 3 });
      expect(await codes()).toEqual(['ADEQUACY_CONTESTED']);
    });

    it('should report local changes in referenceData, also in the assessment', async () => {
      const pristine = await ok(`{ referenceData { locallyChangedDecisions lastLocalChangeAt } }`);
      expect(pristine.referenceData).toEqual({ locallyChangedDecisions: 0, lastLocalChangeAt: null });

      const start = Date.now();
      await ok(AMEND, { id: UK, input: { notes: 'Checked by the DPO.' } });
      const afterAmend = await ok(`{ referenceData { locallyChangedDecisions lastLocalChangeAt } }`);
      expect(afterAmend.referenceData.locallyChangedDecisions).toBe(1);
      const amendedAt = Date.parse(afterAmend.referenceData.lastLocalChangeAt);
      expect(amendedAt).toBeGreaterThanOrEqual(start - 1000);
      expect(amendedAt).toBeLessThanOrEqual(Date.now() + 1000);

      await ok(RECORD, { input: recordInput() });
      const data = await ok(`{
        referenceData { version asOf locallyChangedDecisions lastLocalChangeAt }
        transferAssessment(asOf: "${AS_OF}") {
          referenceData { version asOf locallyChangedDecisions lastLocalChangeAt } }
      }`);
      expect(data.referenceData).toMatchObject({
        version: SHIPPED.version,
        asOf: SHIPPED.asOf,
        locallyChangedDecisions: 2,
      });
      expect(Date.parse(data.referenceData.lastLocalChangeAt)).toBeGreaterThanOrEqual(amendedAt);
      expect(data.transferAssessment.referenceData).toEqual(data.referenceData);
    });

    it('should apply concurrent changes and assessments without losing any (one SQLite connection)', async () => {
      const responses = await Promise.all([
        sut.gql(AMEND, { id: UK, input: { expiresOn: '2033-12-27' } }),
        sut.gql(SET_CONTESTED, { id: DPF, contested: false }),
        sut.gql(RECORD, { input: recordInput() }),
        sut.gql(`{ a: transferAssessment(asOf: "${AS_OF}") { summary { transfers } }
                   b: transferAssessment(asOf: "2025-01-01") { summary { transfers } } }`),
        sut.gql(REVOKE, { id: 'br-2026-179', revokedOn: '2027-01-01' }),
      ]);

      responses.forEach(expectNoErrors);
      const data = await ok(ALL_DECISIONS);
      const byId = new Map(
        (data.adequacyDecisions as { id: string; version: number }[]).map((decision) => [
          decision.id,
          decision,
        ]),
      );
      expect(byId.get(UK)).toMatchObject({ expiresOn: '2033-12-27', version: 2 });
      expect(byId.get(DPF)).toMatchObject({ contested: false, version: 2 });
      expect(byId.get('in-2026-test')).toMatchObject({ version: 1 });
      expect(byId.get('br-2026-179')).toMatchObject({ revokedOn: '2027-01-01', version: 2 });
      expect(data.referenceData.locallyChangedDecisions).toBe(4);
    });
  });

  describe('refused changes', () => {
    type Check = { code: string; paths?: string[]; message?: string[]; extensions?: Record<string, unknown> };
    const CASES: [string, string, Record<string, unknown>, Check][] = [
      [
        'an unknown country',
        RECORD,
        { input: recordInput({ country: 'XQ' }) },
        { code: 'BAD_USER_INPUT', message: ['input.country', '"XQ"'] },
      ],
      [
        'an EU country (SE)',
        RECORD,
        { input: recordInput({ country: 'SE' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.country'], message: ['SE is in the EU'] },
      ],
      [
        'an EEA country (NO)',
        RECORD,
        { input: recordInput({ country: 'no' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.country'] },
      ],
      [
        'effectiveFrom before adoptedOn',
        RECORD,
        { input: recordInput({ adoptedOn: '2026-01-02', effectiveFrom: '2026-01-01' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.effectiveFrom'] },
      ],
      [
        'expiresOn before effectiveFrom',
        RECORD,
        { input: recordInput({ expiresOn: '2025-12-31' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.expiresOn'] },
      ],
      [
        'a date that does not exist',
        RECORD,
        { input: recordInput({ effectiveFrom: '2026-02-30' }) },
        {
          code: 'BAD_USER_INPUT',
          message: ['input.effectiveFrom', '"2026-02-30" is not a real calendar date'],
        },
      ],
      [
        'no certificationScheme for CERTIFIED_ORGANISATIONS',
        RECORD,
        { input: recordInput({ scope: 'CERTIFIED_ORGANISATIONS' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.certificationScheme'] },
      ],
      [
        'a certificationScheme for FULL',
        RECORD,
        { input: recordInput({ certificationScheme: 'EU_US_DPF' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.certificationScheme'] },
      ],
      [
        'a sourceUrl that is not a URL',
        RECORD,
        { input: recordInput({ sourceUrl: 'eur-lex.europa.eu/eli/dec_impl/2026/999/oj' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.sourceUrl'] },
      ],
      [
        'an id that is not lower-case letters, digits and "-"',
        RECORD,
        { input: recordInput({ id: 'India 2026' }) },
        { code: 'BAD_USER_INPUT', paths: ['input.id'] },
      ],
      [
        'an id that exists',
        RECORD,
        { input: recordInput({ id: UK, country: 'GB' }) },
        { code: 'CONFLICT', extensions: { field: 'id', id: UK } },
      ],
      [
        'an amendment with expiresOn before effectiveFrom',
        AMEND,
        { id: UK, input: { expiresOn: '2021-06-27' } },
        { code: 'BAD_USER_INPUT', paths: ['input.expiresOn'] },
      ],
      [
        'an amendment with revokedOn before adoptedOn',
        AMEND,
        { id: UK, input: { revokedOn: '2021-06-27' } },
        { code: 'BAD_USER_INPUT', paths: ['input.revokedOn'] },
      ],
      [
        'an amendment to scope FULL that keeps the DPF scheme',
        AMEND,
        { id: DPF, input: { scope: 'FULL' } },
        { code: 'BAD_USER_INPUT', paths: ['input.certificationScheme'] },
      ],
      [
        'an amendment with a bad sourceUrl',
        AMEND,
        { id: UK, input: { sourceUrl: 'ftp://example.org/decision' } },
        { code: 'BAD_USER_INPUT', paths: ['input.sourceUrl'] },
      ],
      [
        'an amendment of an unknown id',
        AMEND,
        { id: 'xx-0000-none', input: { notes: 'x' } },
        { code: 'NOT_FOUND', extensions: { id: 'xx-0000-none' } },
      ],
      [
        'an amendment based on a stale version',
        AMEND,
        { id: UK, input: { expiresOn: '2035-12-27', version: 7 } },
        { code: 'CONFLICT', message: ['version 7'], extensions: { expectedVersion: 7, actualVersion: 1 } },
      ],
      [
        'a revocation before adoption',
        REVOKE,
        { id: UK, revokedOn: '2021-06-27' },
        { code: 'BAD_USER_INPUT', paths: ['revokedOn'] },
      ],
      [
        'a revocation of an unknown id',
        REVOKE,
        { id: 'xx-0000-none', revokedOn: '2027-01-01' },
        { code: 'NOT_FOUND', extensions: { id: 'xx-0000-none' } },
      ],
      [
        'marking an unknown id contested',
        SET_CONTESTED,
        { id: 'xx-0000-none', contested: true },
        { code: 'NOT_FOUND', extensions: { id: 'xx-0000-none' } },
      ],
    ];

    it.each(CASES)(
      'should refuse %s, naming the field and changing nothing',
      async (_name, query, variables, check) => {
        const before = await ok(ALL_DECISIONS);

        const response = await sut.gql(query, variables);

        expect(response.data ?? null).toBeNull();
        const error = onlyError(response);
        expect(error.extensions?.code).toBe(check.code);
        if (check.paths) {
          expect(
            ((error.extensions?.errors ?? []) as { path: string }[]).map((problem) => problem.path),
          ).toEqual(check.paths);
        }
        for (const text of check.message ?? []) expect(error.message).toContain(text);
        if (check.extensions) expect(error.extensions).toMatchObject(check.extensions);
        expect(await ok(ALL_DECISIONS)).toEqual(before);
      },
    );
  });

  describe('persistence and the shipped file', () => {
    let folder: string;
    let environment: Record<string, string>;

    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'adequacy-e2e-'));
      environment = { DATABASE_URL: `sqlite:${join(folder, 'x.sqlite')}`, DEMO_DATA: 'false' };
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    async function withApp<T>(run: (app: TestApp) => Promise<T>, file?: AdequacyDataFile): Promise<T> {
      const app = await startTestApp(
        environment,
        file ? [{ provide: ShippedAdequacyData, useValue: new ShippedAdequacyData(file) }] : [],
      );
      try {
        return await run(app);
      } finally {
        await app.close();
      }
    }

    const rows = (app: TestApp): Promise<Record<string, unknown>[]> =>
      app.dataSource.query('SELECT * FROM adequacy_decision ORDER BY id');
    const countries = async (app: TestApp): Promise<number> =>
      Number((await app.dataSource.query('SELECT COUNT(*) AS n FROM country'))[0].n);

    it('should keep local edits across restarts, follow a newer file where nobody edited, and stay idempotent', async () => {
      // 1. A fresh file database, a local amendment.
      const [firstRows, countryCount] = await withApp(async (app) => {
        const amended = await app.gql(AMEND, { id: UK, input: { expiresOn: '2030-12-31' } });
        expectNoErrors(amended);
        return [await rows(app), await countries(app)] as const;
      });
      expect(firstRows).toHaveLength(SHIPPED.decisions.length);
      expect(countryCount).toBeGreaterThan(240);

      // 2. Restart with the same file: the amendment survived, nothing was added or rewritten.
      await withApp(async (app) => {
        expect(await rows(app)).toEqual(firstRows);
        expect(await countries(app)).toBe(countryCount);
        const data = await app.gql(`{ adequacyDecision(id: "${UK}") { expiresOn version origin }
          referenceData { locallyChangedDecisions } }`);
        expect(data.data).toEqual({
          adequacyDecision: { expiresOn: '2030-12-31', version: 2, origin: 'SHIPPED' },
          referenceData: { locallyChangedDecisions: 1 },
        });
      });

      // 3. A newer shipped file.
      const newer: AdequacyDataFile = structuredClone(SHIPPED);
      newer.version = '2027-01-15';
      newer.asOf = '2027-01-15';
      const korea = newer.decisions.find((decision) => decision.id === 'kr-2022-254')!;
      korea.notes = 'Reviewed by the Commission in 2026 (for this test).';
      newer.decisions.find((decision) => decision.id === UK)!.expiresOn = '2035-12-27';
      newer.decisions.push({
        ...structuredClone(korea),
        id: 'in-2027-1-test',
        country: 'IN',
        legalAct: 'Commission Implementing Decision (EU) 2027/1 (India, for this test)',
        adoptedOn: '2027-01-10',
        effectiveFrom: '2027-01-10',
        sourceUrl: 'https://eur-lex.europa.eu/eli/dec_impl/2027/1/oj',
        notes: null,
      });
      const query = `{
        korea: adequacyDecision(id: "kr-2022-254") { notes version origin locallyEditedAt }
        uk: adequacyDecision(id: "${UK}") { expiresOn version }
        india: adequacyDecision(id: "in-2027-1-test") { country { code } effectiveFrom version origin }
        referenceData { version asOf locallyChangedDecisions }
      }`;
      const expected = {
        // (a) nobody edited it: the file's change is applied.
        korea: { notes: korea.notes, version: 2, origin: 'SHIPPED', locallyEditedAt: null },
        // (b) edited locally: kept as edited.
        uk: { expiresOn: '2030-12-31', version: 2 },
        // (c) new in the file: inserted.
        india: { country: { code: 'IN' }, effectiveFrom: '2027-01-10', version: 1, origin: 'SHIPPED' },
        referenceData: { version: '2027-01-15', asOf: '2027-01-15', locallyChangedDecisions: 1 },
      };
      const newerRows = await withApp(async (app) => {
        const data = await app.gql(query);
        expectNoErrors(data);
        expect(data.data).toEqual(expected);
        expect(await adequacyIn(app, 'IN', '2027-01-10')).toBe('in-2027-1-test');
        return rows(app);
      }, newer);
      expect(newerRows).toHaveLength(SHIPPED.decisions.length + 1);

      // 4. Twice more with the newer file: nothing changes, not even a version or a timestamp.
      for (let restart = 0; restart < 2; restart++) {
        await withApp(async (app) => {
          expect(await rows(app)).toEqual(newerRows);
          expect(await countries(app)).toBe(countryCount);
          expect((await app.gql(query)).data).toEqual(expected);
        }, newer);
      }
    });

    async function adequacyIn(app: TestApp, code: string, asOf: string): Promise<string | null> {
      const response = await app.gql<AdequacyAnswer>(ADEQUACY_ON, { code, asOf });
      expectNoErrors(response);
      return response.data!.country.adequacy?.id ?? null;
    }
  });
});
