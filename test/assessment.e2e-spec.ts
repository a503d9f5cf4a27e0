// The transfer assessment over HTTP through the real schema, on the demo registry (DEMO_DATA=true):
// the GraphQL answer is the pure assessor's answer field by field, the demo's statuses and what-ifs,
// readable messages in English and Swedish, refused inputs, the per-processor and per-engagement views,
// and a bounded number of SQL statements per request, whatever the registry's size.
import { SnapshotLoader } from '../src/assessment/snapshot.loader';
import {
  assess,
  type Assessment,
  describeFinding,
  type Finding,
  type Transfer,
} from '../src/assessment/core';
import { generateLargeRegistry, toRegistryDocument } from '../src/benchmark/large-registry';
import { playgroundExamples } from '../src/graphql/playground/playground.examples';
import { todayIn } from '../src/common/dates';
import { readAdequacyDataFile } from '../src/reference/adequacy/adequacy-data-file';
import { DATA_DIR } from '../src/common/project-root';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLResponse, startTestApp, type TestApp } from './helpers/test-app';

/** The demo registry is date-sensitive: every test names its date. */
const AS_OF = '2026-11-23';

const DEMO_DOCUMENT: unknown = JSON.parse(readFileSync(join(DATA_DIR, 'demo-registry.json'), 'utf8'));

const FINDING_FIELDS = `
  fragment FindingFields on Finding {
    id code severity legalReference transferId
    controller { key }
    engagement { id }
    processors { key }
    message
    messageEn: message(language: EN)
    messageSv: message(language: SV)
    remediation
    remediationEn: remediation(language: EN)
    remediationSv: remediation(language: SV)
  }`;

const TRANSFER_FIELDS = `
  fragment TransferFields on Transfer {
    id status basis activity implied
    controller { key }
    exporter { key }
    importer { key }
    engagement { id key }
    chain { key }
    destination { code }
    adequacyDecision { id }
    safeguard { mechanism module signedOn tiaCompletedOn countries { code } }
    findings { ...FindingFields }
  }`;

const FULL_ASSESSMENT = `
  query ($asOf: Date, $controllerKey: String, $assumptions: AssessmentAssumptions) {
    transferAssessment(asOf: $asOf, controllerKey: $controllerKey, assumptions: $assumptions) {
      asOf
      controllerKey
      revokedAdequacy { code }
      summary { transfers covered atRisk notCovered critical warning info }
      transfers { ...TransferFields }
      findings { ...FindingFields }
    }
  }
  ${TRANSFER_FIELDS}
  ${FINDING_FIELDS}`;

const TRANSFERS_AT = `
  query ($asOf: Date, $assumptions: AssessmentAssumptions) {
    transferAssessment(asOf: $asOf, assumptions: $assumptions) {
      revokedAdequacy { code }
      summary { transfers covered atRisk notCovered critical warning info }
      transfers {
        id status basis
        adequacyDecision { id }
        safeguard { mechanism module signedOn }
        findings { code severity }
      }
    }
  }`;

interface TransferRow {
  id: string;
  status: string;
  basis: string;
  adequacyDecision: { id: string } | null;
  safeguard: { mechanism: string; module: string | null; signedOn: string | null } | null;
  findings: { code: string; severity: string }[];
}

/** Every transfer of the demo registry on 2026-11-23 and its status. */
const DEMO_STATUSES: Record<string, string> = {
  'softmore-ab:46elks/globalsms/International SMS routing:GB': 'COVERED',
  'softmore-ab:dev-tools:AU': 'COVERED',
  'softmore-ab:globalsms/maple-mobile/SMS delivery to North American numbers:CA': 'COVERED',
  'softmore-ab:maple-noc:PH': 'COVERED',
  'softmore-ab:microsoft/microsoft-us/Support and service operations:IN': 'COVERED',
  'softmore-ab:microsoft/microsoft-us/Support and service operations:US': 'COVERED',
  'softmore-ab:offsite-backup:US': 'COVERED',
  'softmore-ab:remote-dev:UA': 'AT_RISK',
  'softmore-ab:softmore-ab/alpvault/Microsoft 365 backup:CH': 'COVERED',
  'softmore-se:46elks/globalsms/International SMS routing:GB': 'COVERED',
  'softmore-se:globalsms/maple-mobile/SMS delivery to North American numbers:CA': 'COVERED',
  'softmore-se:maple-noc:PH': 'COVERED',
  'softmore-se:microsoft/microsoft-us/Support and service operations:IN': 'COVERED',
  'softmore-se:microsoft/microsoft-us/Support and service operations:US': 'COVERED',
  'softmore-se:newsletter:US': 'COVERED',
  'softmore-se:ringio-support:PH': 'COVERED',
  'softmore-se:ringio-support:US': 'COVERED',
  'softmore-se:softmore-se/chatlane/Website live chat:IN': 'AT_RISK',
  'softmore-se:support-desk:PH': 'COVERED',
  'softmore-se:support-desk:US': 'COVERED',
  'softmore-se:trade-fair-leads:SG': 'AT_RISK',
  'softmore-se:web-payments:US': 'COVERED',
  'softmore-se:webinars:US': 'NOT_COVERED',
};

const MICROSOFT_US = 'microsoft/microsoft-us/Support and service operations';
const GLOBALSMS = '46elks/globalsms/International SMS routing';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function expectNoErrors(response: GraphQLResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
}

/** The one error of a refused request. */
function onlyError(response: GraphQLResponse): NonNullable<GraphQLResponse['errors']>[number] {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}

function problemPaths(response: GraphQLResponse): string[] {
  return ((onlyError(response).extensions?.errors ?? []) as { path: string }[]).map(
    (problem) => problem.path,
  );
}

describe('transfer assessment over GraphQL', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => sut.close());

  interface TransfersAnswer {
    revokedAdequacy: { code: string }[];
    summary: Assessment['summary'];
    transfers: TransferRow[];
  }

  async function transfersAt(
    asOf: string,
    assumptions?: { revokedAdequacy: string[] },
  ): Promise<TransfersAnswer> {
    const response = await sut.gql<{ transferAssessment: TransfersAnswer }>(TRANSFERS_AT, {
      asOf,
      assumptions,
    });
    expectNoErrors(response);
    return response.data!.transferAssessment;
  }

  describe('the GraphQL answer is the pure assessor’s', () => {
    /** What the GraphQL fields must say about a finding of the core's result. */
    function expectedFinding(finding: Finding): unknown {
      const english = describeFinding(finding, 'EN');
      const swedish = describeFinding(finding, 'SV');
      return {
        id: finding.id,
        code: finding.code,
        severity: finding.severity,
        legalReference: finding.legalReference,
        transferId: finding.transfer,
        controller: finding.controller === null ? null : { key: finding.controller },
        engagement: finding.engagement === null ? null : { id: finding.engagement },
        processors: finding.processors.map((key) => ({ key })),
        message: english.message,
        messageEn: english.message,
        messageSv: swedish.message,
        remediation: english.remediation,
        remediationEn: english.remediation,
        remediationSv: swedish.remediation,
      };
    }

    it.each([
      ['no filter', {}],
      ['controllerKey "softmore-ab"', { controllerKey: 'softmore-ab' }],
      ['revokedAdequacy ["US"]', { assumptions: { revokedAdequacy: ['US'] } }],
    ])('should equal assess() on the same snapshot: %s', async (_name, options) => {
      const snapshot = await sut.app.get(SnapshotLoader).load();
      const engagements = new Map(
        snapshot.registry.engagements.map((engagement) => [engagement.id, engagement]),
      );
      const controllerKey = 'controllerKey' in options ? options.controllerKey : undefined;
      const revokedAdequacy = 'assumptions' in options ? options.assumptions.revokedAdequacy : [];
      const core = assess(snapshot.registry, snapshot.reference, {
        asOf: AS_OF,
        controllerKey,
        assumptions: { revokedAdequacy },
        dpaExpiryWindowDays: 60,
      });
      const expectedTransfer = (transfer: Transfer): unknown => {
        const engagement = engagements.get(transfer.engagement)!;
        const safeguard =
          transfer.safeguardIndex === null ? null : engagement.safeguards[transfer.safeguardIndex];
        return {
          id: transfer.id,
          status: transfer.status,
          basis: transfer.basis,
          activity: transfer.activity,
          implied: transfer.implied,
          controller: { key: transfer.controller },
          exporter: { key: transfer.exporter },
          importer: { key: transfer.importer },
          engagement: { id: transfer.engagement, key: engagement.key },
          chain: transfer.chain.map((key) => ({ key })),
          destination: { code: transfer.destination },
          adequacyDecision: transfer.adequacyDecision === null ? null : { id: transfer.adequacyDecision },
          safeguard:
            safeguard === null
              ? null
              : {
                  mechanism: safeguard.mechanism,
                  module: safeguard.module,
                  signedOn: safeguard.signedOn,
                  tiaCompletedOn: safeguard.tiaCompletedOn,
                  countries: safeguard.countries.map((code) => ({ code })),
                },
          findings: transfer.findings.map(expectedFinding),
        };
      };

      const response = await sut.gql(FULL_ASSESSMENT, { asOf: AS_OF, ...options });

      expectNoErrors(response);
      const answer = response.data.transferAssessment;
      // Not a comparison of two empty lists.
      expect(core.transfers.length).toBeGreaterThan(5);
      expect(core.findings.length).toBeGreaterThan(5);
      expect(answer.asOf).toBe(core.asOf);
      expect(answer.controllerKey).toBe(core.controllerKey);
      expect(answer.revokedAdequacy).toEqual(core.assumptions.revokedAdequacy.map((code) => ({ code })));
      expect(answer.summary).toEqual(core.summary);
      expect(answer.transfers.map((transfer: { id: string }) => transfer.id)).toEqual(
        core.transfers.map((transfer) => transfer.id),
      );
      core.transfers.forEach((transfer, index) => {
        expect(answer.transfers[index]).toEqual(expectedTransfer(transfer));
      });
      expect(answer.findings).toEqual(core.findings.map(expectedFinding));
    });

    it('should restrict to what one controller reaches', async () => {
      const response = await sut.gql(
        `{ transferAssessment(asOf: "${AS_OF}", controllerKey: "softmore-ab") {
             controllerKey transfers { controller { key } } } }`,
      );

      expectNoErrors(response);
      const { controllerKey, transfers } = response.data.transferAssessment;
      expect(controllerKey).toBe('softmore-ab');
      expect(transfers).toHaveLength(
        Object.keys(DEMO_STATUSES).filter((id) => id.startsWith('softmore-ab:')).length,
      );
      expect(
        new Set(transfers.map((transfer: { controller: { key: string } }) => transfer.controller.key)),
      ).toEqual(new Set(['softmore-ab']));
    });
  });

  describe('the demo registry on 2026-11-23', () => {
    it('should give 23 transfers: 19 covered, 3 at risk, 1 not covered', async () => {
      const { summary, transfers } = await transfersAt(AS_OF);

      expect(summary).toEqual({
        transfers: 23,
        covered: 19,
        atRisk: 3,
        notCovered: 1,
        critical: 5,
        warning: 7,
        info: 12,
      });
      expect(Object.fromEntries(transfers.map((transfer) => [transfer.id, transfer.status]))).toEqual(
        DEMO_STATUSES,
      );
    });

    it('should cover the backup to Switzerland (COVERED) by its adequacy decision', async () => {
      const transfer = byId((await transfersAt(AS_OF)).transfers).get(
        'softmore-ab:softmore-ab/alpvault/Microsoft 365 backup:CH',
      );

      expect(transfer).toEqual({
        id: 'softmore-ab:softmore-ab/alpvault/Microsoft 365 backup:CH',
        status: 'COVERED',
        basis: 'ADEQUACY',
        adequacyDecision: { id: 'ch-2000-518' },
        safeguard: null,
        findings: [],
      });
    });

    it('should put the remote development in Ukraine AT_RISK: SCCs without a transfer impact assessment', async () => {
      const transfer = byId((await transfersAt(AS_OF)).transfers).get('softmore-ab:remote-dev:UA');

      expect(transfer).toEqual({
        id: 'softmore-ab:remote-dev:UA',
        status: 'AT_RISK',
        basis: 'SCC',
        adequacyDecision: null,
        safeguard: { mechanism: 'SCC_2021', module: 'C2P', signedOn: '2025-04-01' },
        findings: [{ code: 'TIA_MISSING', severity: 'WARNING' }],
      });
    });

    it('should find the webinars in the US NOT_COVERED: Privacy Shield certification and old SCCs count for nothing', async () => {
      const transfer = byId((await transfersAt(AS_OF)).transfers).get('softmore-se:webinars:US');

      expect(transfer).toEqual({
        id: 'softmore-se:webinars:US',
        status: 'NOT_COVERED',
        basis: 'NONE',
        adequacyDecision: null,
        safeguard: null,
        findings: [
          { code: 'TRANSFER_WITHOUT_SAFEGUARD', severity: 'CRITICAL' },
          { code: 'SCC_OUTDATED', severity: 'CRITICAL' },
          { code: 'ADEQUACY_SCOPE_NOT_MET', severity: 'INFO' },
        ],
      });
    });

    it('should show what breaks if the DPF falls: only the newsletter; Backblaze and Microsoft survive on their SCCs', async () => {
      const before = byId((await transfersAt(AS_OF)).transfers);
      const whatIf = await transfersAt(AS_OF, { revokedAdequacy: ['US'] });
      const after = byId(whatIf.transfers);

      expect(whatIf.revokedAdequacy).toEqual([{ code: 'US' }]);
      expect(whatIf.summary).toMatchObject({ transfers: 23, covered: 18, atRisk: 3, notCovered: 2 });
      expect(after.get('softmore-se:newsletter:US')).toEqual({
        id: 'softmore-se:newsletter:US',
        status: 'NOT_COVERED',
        basis: 'NONE',
        adequacyDecision: null,
        safeguard: null,
        findings: [{ code: 'TRANSFER_WITHOUT_SAFEGUARD', severity: 'CRITICAL' }],
      });
      const survivors = {
        'softmore-ab:offsite-backup:US': { mechanism: 'SCC_2021', module: 'C2P', signedOn: '2023-11-01' },
        [`softmore-ab:${MICROSOFT_US}:US`]: { mechanism: 'SCC_2021', module: 'P2P', signedOn: '2023-01-01' },
        [`softmore-se:${MICROSOFT_US}:US`]: { mechanism: 'SCC_2021', module: 'P2P', signedOn: '2023-01-01' },
      };
      for (const [id, safeguard] of Object.entries(survivors)) {
        expect(before.get(id)).toMatchObject({
          basis: 'ADEQUACY',
          adequacyDecision: { id: 'us-2023-1795-dpf' },
        });
        expect(after.get(id)).toEqual({
          id,
          status: 'COVERED',
          basis: 'SCC',
          adequacyDecision: null,
          safeguard,
          findings: [],
        });
      }
      // Nothing else changes status or basis; the only new NOT_COVERED is the newsletter.
      const changed = whatIf.transfers
        .filter(
          (transfer) =>
            transfer.status !== before.get(transfer.id)!.status ||
            transfer.basis !== before.get(transfer.id)!.basis,
        )
        .map((transfer) => transfer.id)
        .sort();
      expect(changed).toEqual(['softmore-se:newsletter:US', ...Object.keys(survivors)].sort());
      // With no decision in force, the scope of the DPF is no longer news.
      expect(
        whatIf.transfers.flatMap((transfer) => transfer.findings).map((finding) => finding.code),
      ).not.toContain('ADEQUACY_SCOPE_NOT_MET');
    });

    it('should accept the EU alias "uk" in assumptions: transfers to GB lose their adequacy', async () => {
      const before = byId((await transfersAt(AS_OF)).transfers);
      const whatIf = await transfersAt(AS_OF, { revokedAdequacy: ['uk'] });
      const after = byId(whatIf.transfers);

      expect(whatIf.revokedAdequacy).toEqual([{ code: 'GB' }]);
      for (const controller of ['softmore-ab', 'softmore-se']) {
        const id = `${controller}:${GLOBALSMS}:GB`;
        expect(before.get(id)).toMatchObject({ basis: 'ADEQUACY', adequacyDecision: { id: 'gb-2021-1772' } });
        expect(after.get(id)).toMatchObject({
          status: 'NOT_COVERED',
          basis: 'NONE',
          adequacyDecision: null,
          findings: [{ code: 'TRANSFER_WITHOUT_SAFEGUARD', severity: 'CRITICAL' }],
        });
      }
      expect(whatIf.summary).toMatchObject({ covered: 17, atRisk: 3, notCovered: 3 });
      const others = whatIf.transfers.filter((transfer) => !transfer.id.endsWith(':GB'));
      expect(others).toEqual(others.map((transfer) => before.get(transfer.id)));
    });
  });

  describe('playground examples', () => {
    const example = (name: string) => {
      const found = playgroundExamples.find((candidate) => candidate.query.includes(`query ${name} `));
      if (!found) throw new Error(`no playground example ${name}`);
      return found;
    };

    it('should show the demo assessment in TransferAssessment', async () => {
      const response = await sut.gql(example('TransferAssessment').query);

      expectNoErrors(response);
      const { summary, transfers } = response.data.transferAssessment;
      expect(summary).toMatchObject({ transfers: 23, covered: 19, atRisk: 3, notCovered: 1 });
      expect(
        transfers.find((transfer: { id: string }) => transfer.id === 'softmore-se:webinars:US'),
      ).toMatchObject({
        status: 'NOT_COVERED',
        chain: [{ key: 'softmore-se' }, { key: 'webinarly' }],
        destination: { code: 'US', name: 'United States of America' },
        findings: expect.arrayContaining([
          expect.objectContaining({
            code: 'TRANSFER_WITHOUT_SAFEGUARD',
            message: expect.stringContaining('USA'),
          }),
        ]),
      });
    });

    it('should show the fall of the DPF in WhatIfDpfFalls', async () => {
      const response = await sut.gql(example('WhatIfDpfFalls').query);

      expectNoErrors(response);
      const { summary, transfers } = response.data.transferAssessment;
      expect(summary).toEqual({ transfers: 23, covered: 18, atRisk: 3, notCovered: 2 });
      expect(
        transfers.find((transfer: { id: string }) => transfer.id === 'softmore-ab:offsite-backup:US'),
      ).toEqual({
        id: 'softmore-ab:offsite-backup:US',
        status: 'COVERED',
        basis: 'SCC',
        safeguard: { mechanism: 'SCC_2021', module: 'C2P' },
      });
    });
  });

  describe('messages', () => {
    interface NamedCountry {
      code: string;
      nameEn: string;
      nameSv: string;
    }
    const COUNTRY = 'code nameEn: name(language: EN) nameSv: name(language: SV)';

    it('should read well in English and Swedish, naming the organisations and countries', async () => {
      const response = await sut.gql(`{
        transferAssessment(asOf: "${AS_OF}") {
          transfers { id exporter { name } destination { ${COUNTRY} } }
          findings {
            code transferId
            messageEn: message(language: EN) messageSv: message(language: SV)
            remediationEn: remediation(language: EN) remediationSv: remediation(language: SV)
            processors { name country { ${COUNTRY} } parentCountry { ${COUNTRY} } }
            engagement { client { name } }
          }
        }
      }`);

      expectNoErrors(response);
      const { transfers, findings } = response.data.transferAssessment as {
        transfers: { id: string; exporter: { name: string }; destination: NamedCountry }[];
        findings: {
          code: string;
          transferId: string | null;
          messageEn: string;
          messageSv: string;
          remediationEn: string;
          remediationSv: string;
          processors: { name: string; country: NamedCountry; parentCountry: NamedCountry | null }[];
          engagement: { client: { name: string } } | null;
        }[];
      };
      const transfersById = byId(transfers);
      expect(findings).toHaveLength(24);
      for (const finding of findings) {
        const texts = [finding.messageEn, finding.messageSv, finding.remediationEn, finding.remediationSv];
        const where = `${finding.code} ${finding.transferId ?? ''}`;
        for (const text of texts) {
          expect({ where, text }).toEqual({ where, text: expect.stringMatching(/\S{3}/) });
          expect({ where, text }).toEqual({
            where,
            text: expect.not.stringMatching(/\bundefined\b|\bnull\b|\bNaN\b|\[object/),
          });
        }
        expect({ where, different: finding.messageEn !== finding.messageSv }).toEqual({
          where,
          different: true,
        });
        expect({ where, different: finding.remediationEn !== finding.remediationSv }).toEqual({
          where,
          different: true,
        });
        // The organisations concerned, by name, in both languages.
        expect(finding.processors.length).toBeGreaterThan(0);
        for (const processor of finding.processors) {
          expect(finding.messageEn).toContain(processor.name);
          expect(finding.messageSv).toContain(processor.name);
        }
        if (finding.transferId !== null) {
          // A transfer finding names the exporter and the destination, in the reader's language.
          const transfer = transfersById.get(finding.transferId)!;
          expect(finding.messageEn).toContain(transfer.exporter.name);
          expect(finding.messageSv).toContain(transfer.exporter.name);
          expect(finding.messageEn).toContain(transfer.destination.nameEn);
          expect(finding.messageSv).toContain(transfer.destination.nameSv);
        }
        // An engagement finding names the client too.
        if (finding.transferId === null && finding.engagement) {
          expect(finding.messageEn).toContain(finding.engagement.client.name);
          expect(finding.messageSv).toContain(finding.engagement.client.name);
        }
        if (finding.code === 'FOREIGN_LAW_EXPOSURE') {
          const [processor] = finding.processors;
          expect(finding.messageEn).toContain(processor.country.nameEn);
          expect(finding.messageSv).toContain(processor.country.nameSv);
          expect(finding.messageEn).toContain(processor.parentCountry!.nameEn);
          expect(finding.messageSv).toContain(processor.parentCountry!.nameSv);
        }
      }
      // The Swedish names really are Swedish: the US is "USA" there, not "United States of America".
      const webinars = transfersById.get('softmore-se:webinars:US')!;
      expect(webinars.destination).toEqual({ code: 'US', nameEn: 'United States of America', nameSv: 'USA' });
    });
  });

  describe('refused inputs', () => {
    it('should refuse an unknown controllerKey as BAD_USER_INPUT, not answer with nothing', async () => {
      const response = await sut.gql(
        `{ transferAssessment(asOf: "${AS_OF}", controllerKey: "nobody") { summary { transfers } } }`,
      );

      expect(response.data).toBeNull();
      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemPaths(response)).toEqual(['controllerKey']);
      expect(onlyError(response).message).toContain('"nobody"');
    });

    it('should refuse an asOf before 2018-05-25, the date the GDPR applies from', async () => {
      const response = await sut.gql(`{ transferAssessment(asOf: "2018-05-24") { asOf } }`);

      expect(response.data).toBeNull();
      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemPaths(response)).toEqual(['asOf']);
      expect(onlyError(response).message).toContain('2018-05-25');
    });

    it('should accept 2018-05-25', async () => {
      const response = await sut.gql(
        `{ transferAssessment(asOf: "2018-05-25") { asOf summary { transfers } } }`,
      );

      expectNoErrors(response);
      expect(response.data.transferAssessment.asOf).toBe('2018-05-25');
    });

    it.each(['9999-07-05', '9999-12-31'])(
      'should assess as of %s, at the end of the calendar',
      async (asOf) => {
        const response = await sut.gql(
          `{ transferAssessment(asOf: "${asOf}") { asOf summary { transfers } } }`,
        );

        expectNoErrors(response);
        expect(response.data.transferAssessment.asOf).toBe(asOf);
      },
    );

    it('should refuse the same early asOf on the per-processor fields', async () => {
      const response = await sut.gql(
        `{ processor(key: "webinarly") { transfers(asOf: "2018-05-24") { id } } }`,
      );

      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemPaths(response)).toEqual(['asOf']);
    });

    it.each([
      ['a literal', `{ transferAssessment(asOf: "2023-02-30") { asOf } }`, undefined],
      [
        'a variable',
        `query ($asOf: Date) { transferAssessment(asOf: $asOf) { asOf } }`,
        { asOf: '2023-02-30' },
      ],
    ])('should refuse a date that does not exist, given as %s', async (_how, query, variables) => {
      const response = await sut.gql(query, variables);

      expect(response.data).toBeUndefined();
      // A literal fails GraphQL's validation of the document, a variable the coercion of its value.
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(onlyError(response).extensions?.code);
      expect(onlyError(response).message).toContain('"2023-02-30" is not a real calendar date');
    });

    it('should refuse an unknown country in revokedAdequacy, naming it', async () => {
      const response = await sut.gql(
        `query ($assumptions: AssessmentAssumptions) {
           transferAssessment(asOf: "${AS_OF}", assumptions: $assumptions) { asOf } }`,
        { assumptions: { revokedAdequacy: ['US', 'XQ'] } },
      );

      expect(response.data).toBeUndefined();
      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(onlyError(response).message).toContain('"XQ"');
      expect(onlyError(response).message).toContain('revokedAdequacy');
    });

    it('should validate the assumptions input with class-validator (more countries than exist)', async () => {
      const tooMany = Array.from({ length: 251 }, () => 'US');
      const response = await sut.gql(
        `query ($assumptions: AssessmentAssumptions) {
           transferAssessment(asOf: "${AS_OF}", assumptions: $assumptions) { asOf } }`,
        { assumptions: { revokedAdequacy: tooMany } },
      );

      expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(onlyError(response).extensions?.errors).toEqual([
        { path: 'assumptions.revokedAdequacy', message: expect.stringContaining('250') },
      ]);
    });
  });

  describe('defaults and reference data', () => {
    it('should assess as of today in TIME_ZONE when asOf is left out', async () => {
      const before = todayIn('Europe/Stockholm');
      const response = await sut.gql(`{
        transferAssessment { asOf }
        processor(key: "mailchimp") { transfers { id } }
      }`);
      const after = todayIn('Europe/Stockholm');

      expectNoErrors(response);
      expect([before, after]).toContain(response.data.transferAssessment.asOf);
      expect(response.data.processor.transfers).toEqual([{ id: 'softmore-se:newsletter:US' }]);
    });

    it('should tell which reference data the assessment rests on', async () => {
      const file = readAdequacyDataFile(DATA_DIR);
      const response = await sut.gql(`{
        transferAssessment(asOf: "${AS_OF}") {
          referenceData { version asOf locallyChangedDecisions lastLocalChangeAt }
        }
        referenceData { version asOf locallyChangedDecisions lastLocalChangeAt }
      }`);

      expectNoErrors(response);
      const expected = {
        version: file.version,
        asOf: file.asOf,
        locallyChangedDecisions: 0,
        lastLocalChangeAt: null,
      };
      expect(response.data.transferAssessment.referenceData).toEqual(expected);
      expect(response.data.referenceData).toEqual(expected);
      expect(file.version).toBe('2026-11-01');
    });
  });

  describe('per-processor and per-engagement fields', () => {
    interface FullFinding {
      id: string;
      transferId: string | null;
      processors: { key: string }[];
      engagement: { id: string; client: { key: string } } | null;
    }
    interface FullTransfer {
      id: string;
      engagement: { id: string };
      chain: { key: string }[];
    }

    interface FullAssessment {
      transfers: FullTransfer[];
      findings: FullFinding[];
    }

    async function fullAssessment(): Promise<FullAssessment> {
      const response = await sut.gql<{ transferAssessment: FullAssessment }>(`{
        transferAssessment(asOf: "${AS_OF}") {
          transfers { id engagement { id } chain { key } }
          findings { id transferId processors { key } engagement { id client { key } } }
        }
      }`);
      expectNoErrors(response);
      return response.data!.transferAssessment;
    }

    /** Transfers whose chain passes through the processor. */
    const transfersThrough = (all: FullTransfer[], key: string): string[] =>
      all
        .filter((transfer) => transfer.chain.some((party) => party.key === key))
        .map((transfer) => transfer.id);

    /** Findings naming it, findings of transfers through it, findings of engagements in which it is the client. */
    function findingsAround(
      all: { transfers: FullTransfer[]; findings: FullFinding[] },
      key: string,
    ): string[] {
      const through = new Set(transfersThrough(all.transfers, key));
      return all.findings
        .filter(
          (finding) =>
            finding.processors.some((processor) => processor.key === key) ||
            (finding.transferId !== null && through.has(finding.transferId)) ||
            (finding.transferId === null && finding.engagement?.client.key === key),
        )
        .map((finding) => finding.id);
    }

    it('should give Webinarly its transfer and findings', async () => {
      const response = await sut.gql(`{
        processor(key: "webinarly") {
          transfers(asOf: "${AS_OF}") { id status }
          findings(asOf: "${AS_OF}") { code }
        }
      }`);

      expectNoErrors(response);
      expect(response.data.processor).toEqual({
        transfers: [{ id: 'softmore-se:webinars:US', status: 'NOT_COVERED' }],
        findings: [
          { code: 'TRANSFER_WITHOUT_SAFEGUARD' },
          { code: 'SCC_OUTDATED' },
          { code: 'DPA_EXPIRED' },
          { code: 'ADEQUACY_SCOPE_NOT_MET' },
        ],
      });
    });

    it('should give every processor and every engagement exactly its part of the full assessment', async () => {
      const all = await fullAssessment();
      const response = await sut.gql(`{
        processors(first: 100) {
          edges { node {
            key
            transfers(asOf: "${AS_OF}") { id }
            findings(asOf: "${AS_OF}") { id }
            engagedBy {
              id
              transfers(asOf: "${AS_OF}") { id }
              findings(asOf: "${AS_OF}") { id }
            }
          } }
        }
      }`);

      expectNoErrors(response);
      const nodes = response.data.processors.edges.map((edge: { node: unknown }) => edge.node) as {
        key: string;
        transfers: { id: string }[];
        findings: { id: string }[];
        engagedBy: { id: string; transfers: { id: string }[]; findings: { id: string }[] }[];
      }[];
      expect(nodes).toHaveLength(25);
      const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
      let engagementCount = 0;
      for (const node of nodes) {
        expect({ key: node.key, transfers: ids(node.transfers) }).toEqual({
          key: node.key,
          transfers: transfersThrough(all.transfers, node.key),
        });
        expect({ key: node.key, findings: ids(node.findings) }).toEqual({
          key: node.key,
          findings: findingsAround(all, node.key),
        });
        for (const engagement of node.engagedBy) {
          engagementCount++;
          expect({ id: engagement.id, transfers: ids(engagement.transfers) }).toEqual({
            id: engagement.id,
            transfers: all.transfers
              .filter((transfer) => transfer.engagement.id === engagement.id)
              .map((t) => t.id),
          });
          expect({ id: engagement.id, findings: ids(engagement.findings) }).toEqual({
            id: engagement.id,
            findings: all.findings
              .filter((finding) => finding.engagement?.id === engagement.id)
              .map((finding) => finding.id),
          });
        }
      }
      expect(engagementCount).toBe(34);
    });

    it('should answer engagement(id) { transfers findings } for the newsletter', async () => {
      const all = await fullAssessment();
      const newsletter = all.transfers.find((transfer) => transfer.id === 'softmore-se:newsletter:US')!;
      const response = await sut.gql(
        `query ($id: ID!, $assumptions: AssessmentAssumptions) {
          engagement(id: $id) {
            key
            transfers(asOf: "${AS_OF}") { id status basis }
            findings(asOf: "${AS_OF}") { code transferId }
            whatIf: transfers(asOf: "${AS_OF}", assumptions: $assumptions) { id status basis }
          }
        }`,
        { id: newsletter.engagement.id, assumptions: { revokedAdequacy: ['US'] } },
      );

      expectNoErrors(response);
      expect(response.data.engagement).toEqual({
        key: 'newsletter',
        transfers: [{ id: 'softmore-se:newsletter:US', status: 'COVERED', basis: 'ADEQUACY' }],
        findings: [{ code: 'ADEQUACY_CONTESTED', transferId: 'softmore-se:newsletter:US' }],
        whatIf: [{ id: 'softmore-se:newsletter:US', status: 'NOT_COVERED', basis: 'NONE' }],
      });
    });
  });

  describe('SQL statements per request', () => {
    // Measured: BEGIN, 3 SELECTs (parties, engagements, adequacy decisions), COMMIT for the snapshot;
    // one batched SELECT for the engagements' clients and processors; COUNT and page for processors.
    const QUERIES: [string, number, string][] = [
      ['the summary', 5, `{ transferAssessment(asOf: "${AS_OF}") { summary { transfers } } }`],
      [
        'transfers with their parties',
        6,
        `{ transferAssessment(asOf: "${AS_OF}") {
             transfers { engagement { client { key } processor { key } } chain { key } } } }`,
      ],
      [
        'a page of processors with their transfers and findings',
        7,
        `{ processors(first: 50) { edges { node {
             transfers(asOf: "${AS_OF}") { id } findings(asOf: "${AS_OF}") { code } } } } }`,
      ],
      [
        // The processors page, one snapshot, and one batched SELECT for engagedBy.
        'many assessment fields with the same arguments',
        8,
        `{
           a: transferAssessment(asOf: "${AS_OF}") { summary { transfers } }
           b: transferAssessment(asOf: "${AS_OF}", assumptions: { revokedAdequacy: [] }) {
             transfers { id findings { code } } findings { code } }
           processors(first: 50) { edges { node {
             transfers(asOf: "${AS_OF}") { id } findings(asOf: "${AS_OF}") { code }
             engagedBy { transfers(asOf: "${AS_OF}") { id } findings(asOf: "${AS_OF}") { code } }
           } } }
         }`,
      ],
      [
        'two distinct assessments in one request (one snapshot each)',
        10,
        `{
           now: transferAssessment(asOf: "${AS_OF}") { summary { transfers } }
           whatIf: transferAssessment(asOf: "${AS_OF}", assumptions: { revokedAdequacy: ["US"] }) {
             summary { transfers } }
         }`,
      ],
    ];
    const demoCounts = new Map<string, number>();

    async function statements(query: string): Promise<number> {
      const response = await sut.gql(query);
      expectNoErrors(response);
      return Number(response.headers.get('x-sql-statements'));
    }

    beforeAll(async () => {
      for (const [name, , query] of QUERIES) demoCounts.set(name, await statements(query));
      const large = toRegistryDocument(
        generateLargeRegistry({ processors: 300, engagements: 1200, controllers: 3 }),
      );
      const imported = await sut.gql(
        `mutation ($document: JSON!) { importRegistry(document: $document, mode: REPLACE) { created } }`,
        { document: large },
      );
      expectNoErrors(imported);
      expect(imported.data.importRegistry.created).toBe(1503);
    });

    afterAll(async () => {
      const restored = await sut.gql(
        `mutation ($document: JSON!) { importRegistry(document: $document, mode: REPLACE) { created } }`,
        { document: DEMO_DOCUMENT },
      );
      expectNoErrors(restored);
    });

    it('should assess a registry about ten times the demo', async () => {
      const { summary } = await transfersAt(AS_OF);

      expect(summary.transfers).toBeGreaterThan(230);
    });

    it.each(QUERIES)(
      'should take as many statements for %s on the large registry as on the demo: %d',
      async (name, expected, query) => {
        expect(demoCounts.get(name)).toBe(expected);
        expect(await statements(query)).toBe(expected);
      },
    );
  });
});
