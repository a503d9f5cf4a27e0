import {
  controllerFactory,
  engagementFactory,
  processorFactory,
  referenceFactory,
  registryFactory,
  safeguardFactory,
} from '../../../test/factories/assessment.factory';
import { assess } from './assess';
import { addDays } from './dates';
import {
  InconsistentSnapshotError,
  InvalidAsOfError,
  InvalidAssessmentOptionError,
  UnknownControllerError,
} from './errors';
import {
  type Assessment,
  type AssessmentOptions,
  type EngagementSnapshot,
  type Finding,
  FINDING_CODES,
  type FindingCode,
  type ProcessorSnapshot,
  type RegistrySnapshot,
  type SafeguardSnapshot,
  SEVERITIES,
  type Transfer,
  type TransferBasis,
  type TransferStatus,
} from './model';

const AS_OF = '2026-07-01';
const reference = referenceFactory.build();
const controller = controllerFactory.build({ key: 'c', name: 'Controller AB' });

function run(registry: Partial<RegistrySnapshot>, options: Partial<AssessmentOptions> = {}): Assessment {
  return assess(registryFactory.build({ controllers: [controller], ...registry }), reference, {
    asOf: AS_OF,
    ...options,
  });
}

const codes = (findings: readonly Finding[]): FindingCode[] => findings.map((finding) => finding.code);
const dpfCertification = { scheme: 'EU_US_DPF' as const, validFrom: '2023-08-01', validUntil: null };

interface TransferCase {
  name: string;
  /** The destination, which is also the importer's country of establishment. */
  country: string;
  importer?: Partial<ProcessorSnapshot>;
  safeguards?: SafeguardSnapshot[];
  asOf?: string;
  /** Who exports: the controller itself, or a Swedish processor between the controller and the importer. */
  exporter?: 'CONTROLLER' | 'PROCESSOR';
  options?: Partial<AssessmentOptions>;
}

/** The one transfer from the exporter to importer `p`, hosting in `country`. */
function transferTo({
  country,
  importer = {},
  safeguards = [],
  asOf = AS_OF,
  exporter = 'CONTROLLER',
  options = {},
}: TransferCase): {
  assessment: Assessment;
  transfer: Transfer;
} {
  const exporterKey = exporter === 'CONTROLLER' ? 'c' : 'e';
  const processors = [processorFactory.build({ key: 'p', name: 'Importer Ltd', country, ...importer })];
  const engagements = [
    engagementFactory.build({
      key: 'export',
      client: exporterKey,
      processor: 'p',
      locations: [{ country, activity: 'HOSTING' }],
      safeguards,
    }),
  ];
  if (exporter === 'PROCESSOR') {
    processors.push(processorFactory.build({ key: 'e', name: 'Exporter AB', country: 'SE' }));
    engagements.push(engagementFactory.build({ key: 'first-tier', client: 'c', processor: 'e' }));
  }
  const assessment = run({ processors, engagements }, { asOf, ...options });
  const transfers = assessment.transfers.filter((candidate) => candidate.engagement === 'engagement-export');
  expect(transfers).toHaveLength(1);
  return { assessment, transfer: transfers[0] };
}

interface Expectation {
  basis: TransferBasis;
  status: TransferStatus;
  findings: FindingCode[];
  decision?: string | null;
  safeguardIndex?: number | null;
}

function expectTransfer(transfer: Transfer, expected: Expectation): void {
  expect({
    basis: transfer.basis,
    status: transfer.status,
    findings: codes(transfer.findings),
    ...(expected.decision === undefined ? {} : { decision: transfer.adequacyDecision }),
    ...(expected.safeguardIndex === undefined ? {} : { safeguardIndex: transfer.safeguardIndex }),
  }).toEqual(expected);
}

const clean = (overrides: Partial<SafeguardSnapshot> = {}): SafeguardSnapshot =>
  safeguardFactory.build({ signedOn: '2021-07-01', tiaCompletedOn: '2021-07-01', ...overrides });

describe(assess.name, () => {
  describe('input', () => {
    it.each([
      ['2018-05-24'],
      ['2015-10-06'],
      ['2023-02-29'],
      ['2024-13-01'],
      ['yesterday'],
      ['2026-7-1'],
      [''],
    ])('should refuse asOf %p with a coded error naming it', (asOf) => {
      const act = () => run({}, { asOf });
      expect(act).toThrow(InvalidAsOfError);
      expect(act).toThrow(asOf === '' ? '""' : asOf);
      try {
        act();
      } catch (error) {
        expect((error as InvalidAsOfError).code).toBe('INVALID_AS_OF');
        expect((error as InvalidAsOfError).value).toBe(asOf);
      }
    });

    it.each([['2018-05-25'], ['2024-02-29'], ['2099-12-31']])('should accept asOf %s', (asOf) => {
      expect(run({}, { asOf }).asOf).toBe(asOf);
    });

    it('should refuse an unknown controller filter with a coded error carrying the key', () => {
      const act = () => run({}, { controllerKey: 'nobody' });
      expect(act).toThrow(UnknownControllerError);
      expect(act).toThrow(expect.objectContaining({ code: 'UNKNOWN_CONTROLLER', key: 'nobody' }));
    });

    it.each([[-1], [1.5], [Number.NaN]])('should refuse a DPA expiry window of %p days', (days) => {
      expect(() => run({}, { dpaExpiryWindowDays: days })).toThrow(InvalidAssessmentOptionError);
    });

    it.each([
      {
        name: 'an engagement of an unknown processor',
        registry: { engagements: [engagementFactory.build({ client: 'c', processor: 'ghost' })] },
      },
      {
        name: 'an engagement of a controller as processor',
        registry: { engagements: [engagementFactory.build({ client: 'c', processor: 'c' })] },
      },
      { name: 'a key used twice', registry: { processors: [processorFactory.build({ key: 'c' })] } },
      {
        name: 'a country missing from the reference data',
        registry: {
          processors: [processorFactory.build({ key: 'p', country: 'XX' })],
          engagements: [engagementFactory.build({ client: 'c', processor: 'p' })],
        },
      },
    ])('should refuse $name as an inconsistent snapshot', ({ registry }) => {
      expect(() => run(registry)).toThrow(InconsistentSnapshotError);
    });

    it('should echo the options, the assumptions (sorted, once each) and the reference data version', () => {
      const assessment = run(
        {},
        { assumptions: { revokedAdequacy: ['US', 'GB', 'US'] }, controllerKey: 'c' },
      );
      expect(assessment).toMatchObject({
        asOf: AS_OF,
        controllerKey: 'c',
        assumptions: { revokedAdequacy: ['GB', 'US'] },
        referenceData: { version: 'test-2026-07', asOf: '2026-07-01' },
      });
      expect(run({}).controllerKey).toBeNull();
    });
  });

  describe('regions (section 2)', () => {
    it.each([
      ['AX', false],
      ['GF', false],
      ['GP', false],
      ['MQ', false],
      ['RE', false],
      ['YT', false],
      ['MF', false],
      ['DE', false],
      ['NO', false],
      ['IS', false],
      ['LI', false],
      ['GL', true],
      ['GI', true],
      ['SJ', true],
      ['NC', true],
      ['BL', true],
      ['MC', true],
      ['SM', true],
      ['VA', true],
      ['CH', true],
      ['GB', true],
      ['FO', true],
      ['US', true],
    ])('should treat data in %s as transferred: %p', (country, isTransfer) => {
      const assessment = run({
        processors: [processorFactory.build({ key: 'p', country })],
        engagements: [
          engagementFactory.build({
            client: 'c',
            processor: 'p',
            locations: [{ country, activity: 'HOSTING' }],
          }),
        ],
      });
      expect(assessment.transfers.map((transfer) => transfer.destination)).toEqual(
        isTransfer ? [country] : [],
      );
    });

    it.each([
      ['CH', 'ch-2000-518'],
      ['FO', 'fo-2010-146'],
      ['GG', 'gg-2003-821'],
      ['JE', 'je-2008-393'],
      ['IM', 'im-2004-411'],
      ['AD', 'ad-2010-625'],
      ['AR', 'ar-2003-490'],
      ['IL', 'il-2011-61'],
      ['NZ', 'nz-2013-65'],
      ['UY', 'uy-2012-484'],
      ['KR', 'kr-2022-254'],
      ['GB', 'gb-2021-1772'],
      ['BR', 'br-2026-179'],
    ])('should cover a transfer to %s by its full adequacy decision %s', (country, decision) => {
      expectTransfer(transferTo({ name: country, country }).transfer, {
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision,
      });
    });

    it.each([['GL'], ['GI'], ['SJ'], ['MC'], ['SM'], ['VA'], ['NC'], ['IN'], ['CN']])(
      'should find no adequacy decision for %s',
      (country) => {
        expectTransfer(transferTo({ name: country, country }).transfer, {
          basis: 'NONE',
          status: 'NOT_COVERED',
          findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
          decision: null,
        });
      },
    );
  });

  describe('adequacy (section 4)', () => {
    it.each<TransferCase & Expectation>([
      {
        name: 'GB the day before its decision (2021-06-27)',
        country: 'GB',
        asOf: '2021-06-27',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'GB the day its decision starts (2021-06-28)',
        country: 'GB',
        asOf: '2021-06-28',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'gb-2021-1772',
      },
      {
        name: 'GB 181 days before expiry',
        country: 'GB',
        asOf: '2031-06-29',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'GB 180 days before expiry',
        country: 'GB',
        asOf: '2031-06-30',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_EXPIRING'],
      },
      {
        name: 'GB on the day of expiry (2031-12-27)',
        country: 'GB',
        asOf: '2031-12-27',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_EXPIRING'],
      },
      {
        name: 'GB the day after expiry',
        country: 'GB',
        asOf: '2031-12-28',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'BR the day before its decision (2026-01-25)',
        country: 'BR',
        asOf: '2026-01-25',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'BR the day its decision starts (2026-01-26)',
        country: 'BR',
        asOf: '2026-01-26',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'br-2026-179',
      },
      {
        name: 'US DPF-certified importer',
        country: 'US',
        importer: { certifications: [dpfCertification] },
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_CONTESTED'],
        decision: 'us-2023-1795',
      },
      {
        name: 'US importer certified the day before the DPF (2023-07-09)',
        country: 'US',
        importer: { certifications: [{ ...dpfCertification, validFrom: null }] },
        asOf: '2023-07-09',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'US importer certified on the DPF start (2023-07-10)',
        country: 'US',
        importer: { certifications: [{ ...dpfCertification, validFrom: null }] },
        asOf: '2023-07-10',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_CONTESTED'],
        decision: 'us-2023-1795',
      },
      {
        name: 'US importer without certification',
        country: 'US',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'US importer with an expired DPF certification',
        country: 'US',
        importer: { certifications: [{ ...dpfCertification, validUntil: '2026-06-30' }] },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'US importer with a DPF certification not yet valid',
        country: 'US',
        importer: { certifications: [{ ...dpfCertification, validFrom: '2026-07-02' }] },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'US importer with a DPF certification valid until asOf',
        country: 'US',
        importer: { certifications: [{ ...dpfCertification, validUntil: AS_OF }] },
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_CONTESTED'],
      },
      {
        name: 'US importer with a Privacy Shield certification under the DPF',
        country: 'US',
        importer: { certifications: [{ scheme: 'PRIVACY_SHIELD', validFrom: null, validUntil: null }] },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'US Privacy Shield on the GDPR start (2018-05-25)',
        country: 'US',
        importer: { certifications: [{ scheme: 'PRIVACY_SHIELD', validFrom: null, validUntil: null }] },
        asOf: '2018-05-25',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'us-2016-1250',
      },
      {
        name: 'US Privacy Shield the day before its annulment (2020-07-15)',
        country: 'US',
        importer: { certifications: [{ scheme: 'PRIVACY_SHIELD', validFrom: null, validUntil: null }] },
        asOf: '2020-07-15',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'us-2016-1250',
      },
      {
        name: 'US Privacy Shield on its annulment (2020-07-16)',
        country: 'US',
        importer: { certifications: [{ scheme: 'PRIVACY_SHIELD', validFrom: null, validUntil: null }] },
        asOf: '2020-07-16',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'US Safe Harbour certification under the Privacy Shield',
        country: 'US',
        importer: { certifications: [{ scheme: 'SAFE_HARBOUR', validFrom: null, validUntil: null }] },
        asOf: '2018-05-25',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'CA company (PRIVATE_SECTOR)',
        country: 'CA',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'ca-2002-2',
      },
      {
        name: 'CA public body (PRIVATE_SECTOR)',
        country: 'CA',
        importer: { publicBody: true },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'ADEQUACY_SCOPE_NOT_MET'],
      },
      {
        name: 'JP company (PRIVATE_SECTOR)',
        country: 'JP',
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
        decision: 'jp-2019-419',
      },
      {
        name: 'JP public body with a clean SCC',
        country: 'JP',
        importer: { publicBody: true },
        safeguards: [clean()],
        basis: 'SCC',
        status: 'COVERED',
        findings: ['ADEQUACY_SCOPE_NOT_MET'],
        safeguardIndex: 0,
      },
      {
        name: 'CH public body (FULL)',
        country: 'CH',
        importer: { publicBody: true },
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
      },
    ])('should decide $name', (testCase) => {
      const { basis, status, findings, decision, safeguardIndex } = testCase;
      expectTransfer(transferTo(testCase).transfer, { basis, status, findings, decision, safeguardIndex });
    });

    it('should carry the decision in the ADEQUACY_EXPIRING finding', () => {
      const { transfer } = transferTo({ name: 'GB', country: 'GB', asOf: '2031-12-01' });
      expect(transfer.findings[0]).toMatchObject({
        severity: 'INFO',
        legalReference: expect.stringContaining(
          'GDPR Art. 45; Commission Implementing Decision (EU) 2021/1772',
        ),
        details: { adequacy: { expiresOn: '2031-12-27', scope: 'FULL' } },
      });
    });
  });

  describe('safeguards (section 5)', () => {
    it.each<TransferCase & Expectation>([
      {
        name: 'a clean SCC_2021 on its first day (2021-06-27)',
        country: 'IN',
        safeguards: [clean({ signedOn: '2021-06-27', tiaCompletedOn: '2021-06-27' })],
        asOf: '2021-06-27',
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
        safeguardIndex: 0,
      },
      {
        name: 'an SCC_2021 the day before it applies (2021-06-26)',
        country: 'IN',
        safeguards: [clean({ signedOn: '2021-06-01', tiaCompletedOn: '2021-06-01' })],
        asOf: '2021-06-26',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
        safeguardIndex: null,
      },
      {
        name: 'an SCC_2021 without module',
        country: 'IN',
        safeguards: [clean({ module: null })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH'],
      },
      {
        name: 'an SCC_2021 P2P from a controller',
        country: 'IN',
        safeguards: [clean({ module: 'P2P' })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH'],
      },
      {
        name: 'an SCC_2021 C2C',
        country: 'IN',
        safeguards: [clean({ module: 'C2C' })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH'],
      },
      {
        name: 'an SCC_2021 P2C from a processor',
        country: 'IN',
        exporter: 'PROCESSOR',
        safeguards: [clean({ module: 'P2C' })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH'],
      },
      {
        name: 'an SCC_2021 C2P from a processor',
        country: 'IN',
        exporter: 'PROCESSOR',
        safeguards: [clean()],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH'],
      },
      {
        name: 'an SCC_2021 P2P from a processor',
        country: 'IN',
        exporter: 'PROCESSOR',
        safeguards: [clean({ module: 'P2P' })],
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'an SCC_2021 without TIA',
        country: 'IN',
        safeguards: [clean({ tiaCompletedOn: null })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
      },
      {
        name: 'an SCC_2021 with a TIA dated after asOf',
        country: 'IN',
        safeguards: [clean({ tiaCompletedOn: '2026-07-02' })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
      },
      {
        name: 'an SCC_2021 with a TIA dated asOf',
        country: 'IN',
        safeguards: [clean({ tiaCompletedOn: AS_OF })],
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'an SCC_2021 without module nor TIA',
        country: 'IN',
        safeguards: [clean({ module: null, tiaCompletedOn: null })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['SCC_MODULE_MISMATCH', 'TIA_MISSING'],
      },
      {
        name: 'an SCC_2021 signed the day after asOf',
        country: 'IN',
        safeguards: [clean({ signedOn: '2026-07-02' })],
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'an SCC_2021 signed on asOf',
        country: 'IN',
        safeguards: [clean({ signedOn: AS_OF })],
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'an SCC_2021 limited to another country',
        country: 'IN',
        safeguards: [clean({ countries: ['US'] })],
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'an SCC_2021 limited to the destination',
        country: 'IN',
        safeguards: [clean({ countries: ['US', 'IN'] })],
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'a legacy SCC signed 2021-09-26 on 2022-12-27',
        country: 'IN',
        safeguards: [
          clean({ mechanism: 'SCC_LEGACY', signedOn: '2021-09-26', tiaCompletedOn: '2021-09-01' }),
        ],
        asOf: '2022-12-27',
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
        safeguardIndex: 0,
      },
      {
        name: 'a legacy SCC signed 2021-09-26 on 2022-12-28',
        country: 'IN',
        safeguards: [
          clean({ mechanism: 'SCC_LEGACY', signedOn: '2021-09-26', tiaCompletedOn: '2021-09-01' }),
        ],
        asOf: '2022-12-28',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'SCC_OUTDATED'],
      },
      {
        name: 'a legacy SCC signed on 2021-09-27',
        country: 'IN',
        safeguards: [
          clean({ mechanism: 'SCC_LEGACY', signedOn: '2021-09-27', tiaCompletedOn: '2021-09-01' }),
        ],
        asOf: '2021-10-01',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'SCC_OUTDATED'],
      },
      {
        name: 'an unsigned legacy SCC without TIA on 2022-12-27',
        country: 'IN',
        safeguards: [clean({ mechanism: 'SCC_LEGACY', signedOn: null, tiaCompletedOn: null })],
        asOf: '2022-12-27',
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
      },
      {
        name: 'a legacy SCC signed after asOf',
        country: 'IN',
        safeguards: [clean({ mechanism: 'SCC_LEGACY', signedOn: '2021-09-01' })],
        asOf: '2021-08-01',
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'an outdated legacy SCC beside a clean BCR',
        country: 'IN',
        safeguards: [clean({ mechanism: 'SCC_LEGACY' }), clean({ mechanism: 'BCR' })],
        basis: 'BCR',
        status: 'COVERED',
        findings: ['SCC_OUTDATED'],
        safeguardIndex: 1,
      },
      {
        name: 'two outdated legacy SCCs',
        country: 'IN',
        safeguards: [clean({ mechanism: 'SCC_LEGACY' }), clean({ mechanism: 'SCC_LEGACY', signedOn: null })],
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD', 'SCC_OUTDATED'],
      },
      {
        name: 'an outdated legacy SCC where adequacy covers',
        country: 'CH',
        safeguards: [clean({ mechanism: 'SCC_LEGACY' })],
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['SCC_OUTDATED'],
      },
      {
        name: 'an outdated legacy SCC limited to another country',
        country: 'IN',
        safeguards: [clean({ mechanism: 'SCC_LEGACY', countries: ['US'] })],
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'a BCR with TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'BCR', module: null })],
        basis: 'BCR',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'a BCR without TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'BCR', tiaCompletedOn: null })],
        basis: 'BCR',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
      },
      {
        name: 'a CODE_OF_CONDUCT with TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'CODE_OF_CONDUCT' })],
        basis: 'OTHER_SAFEGUARD',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'a CERTIFICATION with TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'CERTIFICATION' })],
        basis: 'OTHER_SAFEGUARD',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'AD_HOC_CLAUSES with TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'AD_HOC_CLAUSES' })],
        basis: 'OTHER_SAFEGUARD',
        status: 'COVERED',
        findings: [],
      },
      {
        name: 'AD_HOC_CLAUSES without TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'AD_HOC_CLAUSES', tiaCompletedOn: null })],
        basis: 'OTHER_SAFEGUARD',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
      },
      {
        name: 'a DEROGATION without TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'DEROGATION', tiaCompletedOn: null })],
        basis: 'DEROGATION',
        status: 'AT_RISK',
        findings: ['DEROGATION_RELIED_ON'],
      },
      {
        name: 'a clean BCR over an SCC_2021 without TIA',
        country: 'IN',
        safeguards: [clean({ tiaCompletedOn: null }), clean({ mechanism: 'BCR' })],
        basis: 'BCR',
        status: 'COVERED',
        findings: [],
        safeguardIndex: 1,
      },
      {
        name: 'an SCC_2021 without TIA over a BCR without TIA',
        country: 'IN',
        safeguards: [clean({ mechanism: 'BCR', tiaCompletedOn: null }), clean({ tiaCompletedOn: null })],
        basis: 'SCC',
        status: 'AT_RISK',
        findings: ['TIA_MISSING'],
        safeguardIndex: 1,
      },
      {
        name: 'a clean CERTIFICATION over a DEROGATION',
        country: 'IN',
        safeguards: [clean({ mechanism: 'DEROGATION' }), clean({ mechanism: 'CERTIFICATION' })],
        basis: 'OTHER_SAFEGUARD',
        status: 'COVERED',
        findings: [],
        safeguardIndex: 1,
      },
    ])('should decide $name', (testCase) => {
      const { basis, status, findings, decision, safeguardIndex } = testCase;
      expectTransfer(transferTo(testCase).transfer, { basis, status, findings, decision, safeguardIndex });
    });

    it.each<[string, TransferBasis, 'CRITICAL' | 'INFO']>([
      ['with no other basis', 'NONE', 'CRITICAL'],
      ['beside a clean BCR', 'BCR', 'INFO'],
    ])('should raise SCC_OUTDATED %s as %s → %s', (_name, basis, severity) => {
      const safeguards = [clean({ mechanism: 'SCC_LEGACY', signedOn: '2020-01-01' })];
      if (basis === 'BCR') safeguards.push(clean({ mechanism: 'BCR' }));
      const { transfer } = transferTo({ name: 'IN', country: 'IN', safeguards });
      const outdated = transfer.findings.filter((finding) => finding.code === 'SCC_OUTDATED');
      expect(outdated).toHaveLength(1);
      expect(outdated[0]).toMatchObject({
        severity,
        details: { safeguard: { mechanism: 'SCC_LEGACY', signedOn: '2020-01-01' } },
      });
    });

    it('should cite Art. 47 for a BCR without TIA and the EDPB Recommendations for both', () => {
      const bcr = transferTo({
        name: 'IN',
        country: 'IN',
        safeguards: [clean({ mechanism: 'BCR', tiaCompletedOn: null })],
      });
      const scc = transferTo({ name: 'IN', country: 'IN', safeguards: [clean({ tiaCompletedOn: null })] });
      expect(bcr.transfer.findings[0].legalReference).toBe(
        'GDPR Art. 44, 46 and 47; EDPB Recommendations 01/2020',
      );
      expect(scc.transfer.findings[0].legalReference).toBe(
        'GDPR Art. 44 and 46; EDPB Recommendations 01/2020',
      );
    });

    it('should name the module the relationship needs in SCC_MODULE_MISMATCH', () => {
      const { transfer } = transferTo({
        name: 'IN',
        country: 'IN',
        exporter: 'PROCESSOR',
        safeguards: [clean()],
      });
      expect(transfer.findings[0]).toMatchObject({
        details: { expectedModule: 'P2P', safeguard: { module: 'C2P' } },
      });
    });
  });

  describe('ADEQUACY_CONTESTED', () => {
    const certified = { certifications: [dpfCertification] };
    it.each<{ name: string; safeguards: SafeguardSnapshot[]; contested: boolean }>([
      { name: 'no fallback', safeguards: [], contested: true },
      { name: 'a clean SCC_2021 fallback', safeguards: [clean()], contested: false },
      { name: 'a clean BCR fallback', safeguards: [clean({ mechanism: 'BCR' })], contested: false },
      { name: 'an SCC_2021 without TIA', safeguards: [clean({ tiaCompletedOn: null })], contested: true },
      { name: 'an SCC_2021 in the wrong module', safeguards: [clean({ module: 'P2P' })], contested: true },
      {
        name: 'a clean CODE_OF_CONDUCT only',
        safeguards: [clean({ mechanism: 'CODE_OF_CONDUCT' })],
        contested: true,
      },
      {
        name: 'a clean SCC_2021 for another country',
        safeguards: [clean({ countries: ['IN'] })],
        contested: true,
      },
      {
        name: 'a clean SCC_2021 signed after asOf',
        safeguards: [clean({ signedOn: '2026-07-02' })],
        contested: true,
      },
      {
        name: 'a clean legacy SCC (outdated)',
        safeguards: [clean({ mechanism: 'SCC_LEGACY' })],
        contested: true,
      },
    ])('should flag the DPF as contested with $name: $contested', ({ safeguards, contested }) => {
      const { transfer } = transferTo({ name: 'US', country: 'US', importer: certified, safeguards });
      expect(transfer.basis).toBe('ADEQUACY');
      expect(transfer.status).toBe('COVERED');
      expect(codes(transfer.findings).includes('ADEQUACY_CONTESTED')).toBe(contested);
    });

    it('should not flag an uncontested decision', () => {
      expect(transferTo({ name: 'GB', country: 'GB' }).transfer.findings).toEqual([]);
    });
  });

  describe('what-if revocation', () => {
    const certified = { certifications: [dpfCertification] };

    it.each<TransferCase & Expectation>([
      {
        name: 'US adequacy without fallback, not revoked',
        country: 'US',
        importer: certified,
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: ['ADEQUACY_CONTESTED'],
      },
      {
        name: 'US adequacy without fallback, revoked',
        country: 'US',
        importer: certified,
        options: { assumptions: { revokedAdequacy: ['US'] } },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'US adequacy with a clean SCC, revoked',
        country: 'US',
        importer: certified,
        safeguards: [clean()],
        options: { assumptions: { revokedAdequacy: ['US'] } },
        basis: 'SCC',
        status: 'COVERED',
        findings: [],
        safeguardIndex: 0,
      },
      {
        name: 'GB, revoked',
        country: 'GB',
        options: { assumptions: { revokedAdequacy: ['GB'] } },
        basis: 'NONE',
        status: 'NOT_COVERED',
        findings: ['TRANSFER_WITHOUT_SAFEGUARD'],
      },
      {
        name: 'CH while only US is revoked',
        country: 'CH',
        options: { assumptions: { revokedAdequacy: ['US'] } },
        basis: 'ADEQUACY',
        status: 'COVERED',
        findings: [],
      },
    ])('should decide $name', (testCase) => {
      const { basis, status, findings, decision, safeguardIndex } = testCase;
      expectTransfer(transferTo(testCase).transfer, { basis, status, findings, decision, safeguardIndex });
    });
  });

  describe('engagement findings (section 6)', () => {
    interface EngagementCase {
      name: string;
      engagement?: Partial<EngagementSnapshot>;
      subprocessor?: boolean;
      processor?: Partial<ProcessorSnapshot>;
      options?: Partial<AssessmentOptions>;
      expected: FindingCode[];
    }

    function engagementFindingsOf({
      engagement = {},
      subprocessor = false,
      processor = {},
      options = {},
    }: EngagementCase): Finding[] {
      const processors = [processorFactory.build({ key: 'p', name: 'Processor AB', ...processor })];
      const engagements = [
        engagementFactory.build({
          key: 'target',
          client: subprocessor ? 'm' : 'c',
          processor: 'p',
          ...engagement,
        }),
      ];
      if (subprocessor) {
        processors.push(processorFactory.build({ key: 'm', name: 'Middle AB' }));
        engagements.push(engagementFactory.build({ key: 'first', client: 'c', processor: 'm' }));
      }
      return run({ processors, engagements }, options).findings.filter(
        (finding) => finding.engagement === 'engagement-target' && finding.transfer === null,
      );
    }

    const dpa = (overrides: Partial<EngagementSnapshot['dpa']>): Partial<EngagementSnapshot> => ({
      dpa: { status: 'SIGNED', signedOn: '2020-01-01', expiresOn: null, ...overrides },
    });

    it.each<EngagementCase>([
      { name: 'a signed DPA without expiry', expected: [] },
      { name: 'no DPA', engagement: dpa({ status: 'NONE', signedOn: null }), expected: ['DPA_MISSING'] },
      {
        name: 'a DPA signed the day after asOf',
        engagement: dpa({ signedOn: '2026-07-02' }),
        expected: ['DPA_MISSING'],
      },
      {
        name: 'a DPA signed after asOf that has expired too',
        engagement: dpa({ signedOn: '2026-07-02', expiresOn: '2026-01-01' }),
        expected: ['DPA_MISSING'],
      },
      {
        name: 'a DPA signed after asOf that expires soon',
        engagement: dpa({ signedOn: '2026-07-02', expiresOn: '2026-07-10' }),
        expected: ['DPA_MISSING'],
      },
      { name: 'a DPA signed on asOf', engagement: dpa({ signedOn: AS_OF }), expected: [] },
      { name: 'a signed DPA without date', engagement: dpa({ signedOn: null }), expected: [] },
      {
        name: 'a pending DPA',
        engagement: dpa({ status: 'PENDING', signedOn: null }),
        expected: ['DPA_PENDING'],
      },
      {
        name: 'a pending DPA with a past expiry',
        engagement: dpa({ status: 'PENDING', signedOn: null, expiresOn: '2026-01-01' }),
        expected: ['DPA_PENDING'],
      },
      {
        name: 'a DPA expired the day before asOf',
        engagement: dpa({ expiresOn: '2026-06-30' }),
        expected: ['DPA_EXPIRED'],
      },
      { name: 'a DPA expiring on asOf', engagement: dpa({ expiresOn: AS_OF }), expected: ['DPA_EXPIRING'] },
      {
        name: 'a DPA expiring on day 60',
        engagement: dpa({ expiresOn: addDays(AS_OF, 60) }),
        expected: ['DPA_EXPIRING'],
      },
      { name: 'a DPA expiring on day 61', engagement: dpa({ expiresOn: addDays(AS_OF, 61) }), expected: [] },
      {
        name: 'a DPA expiring on day 61 with a 90-day window',
        engagement: dpa({ expiresOn: addDays(AS_OF, 61) }),
        options: { dpaExpiryWindowDays: 90 },
        expected: ['DPA_EXPIRING'],
      },
      {
        name: 'a DPA expiring on day 91 with a 90-day window',
        engagement: dpa({ expiresOn: addDays(AS_OF, 91) }),
        options: { dpaExpiryWindowDays: 90 },
        expected: [],
      },
      {
        name: 'a DPA expiring on asOf with a 0-day window',
        engagement: dpa({ expiresOn: AS_OF }),
        options: { dpaExpiryWindowDays: 0 },
        expected: ['DPA_EXPIRING'],
      },
      {
        name: 'a DPA expiring the day after asOf with a 0-day window',
        engagement: dpa({ expiresOn: addDays(AS_OF, 1) }),
        options: { dpaExpiryWindowDays: 0 },
        expected: [],
      },
      {
        name: 'a subprocessor without authorisation (NONE)',
        subprocessor: true,
        engagement: { authorisation: 'NONE' },
        expected: ['SUBPROCESSOR_NOT_AUTHORISED'],
      },
      {
        name: 'a subprocessor without authorisation (null)',
        subprocessor: true,
        engagement: { authorisation: null },
        expected: ['SUBPROCESSOR_NOT_AUTHORISED'],
      },
      {
        name: 'a subprocessor with general authorisation',
        subprocessor: true,
        engagement: { authorisation: 'GENERAL' },
        expected: [],
      },
      {
        name: 'a subprocessor with specific authorisation',
        subprocessor: true,
        engagement: { authorisation: 'SPECIFIC' },
        expected: [],
      },
      {
        name: 'a first-tier processor without authorisation',
        engagement: { authorisation: null },
        expected: [],
      },
      {
        name: 'a first-tier processor with authorisation NONE',
        engagement: { authorisation: 'NONE' },
        expected: [],
      },
      { name: 'no location', engagement: { locations: [] }, expected: ['LOCATION_UNKNOWN'] },
      {
        name: 'an Irish processor with a US parent',
        processor: { country: 'IE', parentCountry: 'US' },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a Chinese parent',
        processor: { country: 'IE', parentCountry: 'CN' },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a Japanese parent (private sector only)',
        processor: { country: 'IE', parentCountry: 'JP' },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a Swiss parent',
        processor: { country: 'IE', parentCountry: 'CH' },
        expected: [],
      },
      {
        name: 'an Irish processor with a British parent',
        processor: { country: 'IE', parentCountry: 'GB' },
        expected: [],
      },
      {
        name: 'an Irish processor with a British parent after the UK decision expires',
        processor: { country: 'IE', parentCountry: 'GB' },
        options: { asOf: '2031-12-28' },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a Swiss parent when Swiss adequacy is revoked',
        processor: { country: 'IE', parentCountry: 'CH' },
        options: { assumptions: { revokedAdequacy: ['CH'] } },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a German parent',
        processor: { country: 'IE', parentCountry: 'DE' },
        expected: [],
      },
      {
        name: 'an Irish processor with a Norwegian parent',
        processor: { country: 'IE', parentCountry: 'NO' },
        expected: [],
      },
      { name: 'an Irish processor without parent', processor: { country: 'IE' }, expected: [] },
      {
        name: 'a Norwegian processor with a US parent',
        processor: { country: 'NO', parentCountry: 'US' },
        engagement: { locations: [{ country: 'NO', activity: 'HOSTING' }] },
        expected: ['FOREIGN_LAW_EXPOSURE'],
      },
      {
        name: 'an Irish processor with a US parent and US support',
        processor: { country: 'IE', parentCountry: 'US' },
        engagement: {
          locations: [
            { country: 'IE', activity: 'HOSTING' },
            { country: 'US', activity: 'REMOTE_ACCESS' },
          ],
        },
        expected: [],
      },
      {
        name: 'an Irish processor with a US parent and no location',
        processor: { country: 'IE', parentCountry: 'US' },
        engagement: { locations: [] },
        expected: ['LOCATION_UNKNOWN'],
      },
      {
        name: 'a US processor hosting in the EU',
        processor: { country: 'US', parentCountry: 'US' },
        expected: [],
      },
    ])('should raise for $name: $expected', (testCase) => {
      expect(codes(engagementFindingsOf(testCase))).toEqual(testCase.expected);
    });

    it.each([
      { name: 'a controller’s processor', subprocessor: false, reference: 'GDPR Art. 28(3)' },
      { name: 'a subprocessor', subprocessor: true, reference: 'GDPR Art. 28(4)' },
    ])('should cite $reference for the DPA of $name', ({ subprocessor, reference: legalReference }) => {
      const [finding] = engagementFindingsOf({
        name: '',
        subprocessor,
        engagement: dpa({ status: 'NONE' }),
        expected: [],
      });
      expect(finding).toMatchObject({
        code: 'DPA_MISSING',
        legalReference,
        details: { clientKind: subprocessor ? 'PROCESSOR' : 'CONTROLLER' },
      });
    });

    it('should attach an engagement finding to the engagement and the engaged processor only', () => {
      const [finding] = engagementFindingsOf({
        name: '',
        engagement: dpa({ expiresOn: addDays(AS_OF, 10) }),
        expected: [],
      });
      expect(finding).toMatchObject({
        id: 'DPA_EXPIRING:target',
        severity: 'WARNING',
        controller: null,
        engagement: 'engagement-target',
        transfer: null,
        processors: ['p'],
        details: {
          dpa: { daysLeft: 10, expiresOn: '2026-07-11' },
          processor: { key: 'p', name: 'Processor AB' },
        },
      });
    });

    it('should not let engagement findings change the status of a transfer', () => {
      const assessment = run({
        processors: [processorFactory.build({ key: 'p', country: 'CH' })],
        engagements: [
          engagementFactory.build({
            client: 'c',
            processor: 'p',
            dpa: { status: 'NONE', signedOn: null, expiresOn: null },
            locations: [{ country: 'CH', activity: 'HOSTING' }],
          }),
        ],
      });
      expect(codes(assessment.findings)).toEqual(['DPA_MISSING']);
      expect(assessment.transfers[0]).toMatchObject({ status: 'COVERED', findings: [] });
    });

    it('should raise the engagement findings of an engagement no controller reaches, without transfers', () => {
      const assessment = run({
        processors: [
          processorFactory.build({ key: 'u', country: 'SE' }),
          processorFactory.build({ key: 'v', country: 'US' }),
        ],
        engagements: [
          engagementFactory.build({ client: 'u', processor: 'v', authorisation: null, locations: [] }),
        ],
      });
      expect(assessment.transfers).toEqual([]);
      expect(codes(assessment.findings)).toEqual(['SUBPROCESSOR_NOT_AUTHORISED', 'LOCATION_UNKNOWN']);
    });
  });

  describe('destinations (section 3)', () => {
    function destinationsOf(
      processor: Partial<ProcessorSnapshot>,
      locations: EngagementSnapshot['locations'],
    ) {
      return run({
        processors: [processorFactory.build({ key: 'p', ...processor })],
        engagements: [engagementFactory.build({ client: 'c', processor: 'p', locations })],
      }).transfers.map(({ destination, activity, implied }) => ({ destination, activity, implied }));
    }

    it('should add the third country where the importer is established, as implied ESTABLISHMENT', () => {
      expect(destinationsOf({ country: 'US' }, [{ country: 'IE', activity: 'HOSTING' }])).toEqual([
        { destination: 'US', activity: 'ESTABLISHMENT', implied: true },
      ]);
    });

    it('should add the establishment even when no location is recorded', () => {
      expect(destinationsOf({ country: 'IN' }, [])).toEqual([
        { destination: 'IN', activity: 'ESTABLISHMENT', implied: true },
      ]);
    });

    it('should keep the first activity listed for a country and not imply what is listed', () => {
      expect(
        destinationsOf({ country: 'US' }, [
          { country: 'US', activity: 'REMOTE_ACCESS' },
          { country: 'IE', activity: 'HOSTING' },
          { country: 'US', activity: 'HOSTING' },
        ]),
      ).toEqual([{ destination: 'US', activity: 'REMOTE_ACCESS', implied: false }]);
    });

    it('should list each third-country destination once, sorted by code', () => {
      expect(
        destinationsOf({ country: 'GB' }, [
          { country: 'US', activity: 'BACKUP' },
          { country: 'IN', activity: 'PROCESSING' },
          { country: 'SE', activity: 'HOSTING' },
          { country: 'IN', activity: 'REMOTE_ACCESS' },
        ]),
      ).toEqual([
        { destination: 'GB', activity: 'ESTABLISHMENT', implied: true },
        { destination: 'IN', activity: 'PROCESSING', implied: false },
        { destination: 'US', activity: 'BACKUP', implied: false },
      ]);
    });

    it('should not imply anything for an importer established in the EU/EEA', () => {
      expect(destinationsOf({ country: 'NO' }, [{ country: 'US', activity: 'REMOTE_ACCESS' }])).toEqual([
        { destination: 'US', activity: 'REMOTE_ACCESS', implied: false },
      ]);
    });
  });

  describe('chains (section 3)', () => {
    /** Engagements written `client>processor`; every processor in SE except those named in `abroad`. */
    function chains(pairs: string[], abroad: string[] = [], controllers = [controller]) {
      const keys = [...new Set(pairs.flatMap((pair) => pair.split('>')))].filter(
        (key) => !controllers.some((candidate) => candidate.key === key),
      );
      const assessment = run({
        controllers,
        processors: keys.map((key) =>
          processorFactory.build({ key, country: abroad.includes(key) ? 'US' : 'SE' }),
        ),
        engagements: pairs.map((pair) => {
          const [client, processor] = pair.split('>');
          return engagementFactory.build({ key: pair, client, processor, locations: [] });
        }),
      });
      return Object.fromEntries(assessment.transfers.map((transfer) => [transfer.id, transfer.chain]));
    }

    it.each([
      { name: 'depth 1', pairs: ['c>p'], chain: ['c', 'p'] },
      { name: 'depth 2', pairs: ['c>a', 'a>p'], chain: ['c', 'a', 'p'] },
      { name: 'depth 3', pairs: ['c>a', 'a>b', 'b>p'], chain: ['c', 'a', 'b', 'p'] },
      { name: 'depth 4', pairs: ['c>a', 'a>b', 'b>d', 'd>p'], chain: ['c', 'a', 'b', 'd', 'p'] },
      {
        name: 'the shortest of two routes',
        pairs: ['c>a', 'a>b', 'b>x', 'c>y', 'y>x', 'x>p'],
        chain: ['c', 'y', 'x', 'p'],
      },
      {
        name: 'the smallest keys among equal routes',
        pairs: ['c>m', 'c>b', 'm>x', 'b>x', 'x>p'],
        chain: ['c', 'b', 'x', 'p'],
      },
    ])('should give the chain at $name', ({ pairs, chain }) => {
      const last = pairs[pairs.length - 1];
      expect(chains(pairs, ['p'])[`c:${last}:US`]).toEqual(chain);
    });

    it('should let the importer appear twice when the engagement closes a cycle (c, y, x, y)', () => {
      expect(chains(['c>y', 'y>x', 'x>y'], ['x', 'y'])).toEqual({
        'c:c>y:US': ['c', 'y'],
        'c:x>y:US': ['c', 'y', 'x', 'y'],
        'c:y>x:US': ['c', 'y', 'x'],
      });
    });

    it('should give one transfer per controller, engagement and destination through shared subprocessors', () => {
      const other = controllerFactory.build({ key: 'd', name: 'Other AB' });
      expect(chains(['c>a', 'c>b', 'd>a', 'a>s', 'b>s', 's>t'], ['t'], [controller, other])).toEqual({
        'c:s>t:US': ['c', 'a', 's', 't'],
        'd:s>t:US': ['d', 'a', 's', 't'],
      });
    });

    it('should list a self-engagement once', () => {
      expect(chains(['c>f', 'f>f'], ['f'])).toEqual({ 'c:c>f:US': ['c', 'f'], 'c:f>f:US': ['c', 'f', 'f'] });
    });

    it('should assess a chain 100 processors deep', () => {
      const pairs = Array.from(
        { length: 100 },
        (_, index) => `${index === 0 ? 'c' : `p${index - 1}`}>p${index}`,
      );
      const result = chains(pairs, ['p99']);
      expect(result['c:p98>p99:US']).toHaveLength(101);
    });
  });

  describe('CHAIN_CYCLE', () => {
    function cycles(pairs: string[], options: Partial<AssessmentOptions> = {}, controllers = [controller]) {
      const keys = [...new Set(pairs.flatMap((pair) => pair.split('>')))].filter(
        (key) => !controllers.some((candidate) => candidate.key === key),
      );
      return run(
        {
          controllers,
          processors: keys.map((key) => processorFactory.build({ key })),
          engagements: pairs.map((pair) => {
            const [client, processor] = pair.split('>');
            return engagementFactory.build({ key: pair, client, processor });
          }),
        },
        options,
      ).findings.filter((finding) => finding.code === 'CHAIN_CYCLE');
    }

    it.each([
      { name: 'no cycle', pairs: ['c>a', 'a>b'], expected: [] },
      { name: 'a two-cycle', pairs: ['c>y', 'y>x', 'x>y'], expected: [['x', 'y']] },
      {
        name: 'one strongly connected set with two loops',
        pairs: ['c>b', 'b>a', 'a>b', 'b>c2', 'c2>b'],
        expected: [['a', 'b', 'c2']],
      },
      {
        name: 'two separate cycles',
        pairs: ['c>a', 'a>b', 'b>a', 'c>d', 'd>e', 'e>d'],
        expected: [
          ['a', 'b'],
          ['d', 'e'],
        ],
      },
      { name: 'a self-engagement', pairs: ['c>f', 'f>f'], expected: [['f']] },
      { name: 'a cycle no controller reaches', pairs: ['u>v', 'v>u'], expected: [['u', 'v']] },
    ])('should raise one finding per cycle for $name', ({ pairs, expected }) => {
      const found = cycles(pairs);
      expect(found.map((finding) => finding.processors)).toEqual(expected);
      for (const finding of found) {
        expect(finding).toMatchObject({
          id: `CHAIN_CYCLE:${finding.processors.join(',')}`,
          severity: 'WARNING',
          controller: null,
          engagement: null,
          transfer: null,
          details: { cycle: finding.processors.map((key) => ({ key, name: `Processor ${key}` })) },
        });
      }
    });

    it('should report only cycles with a member the filtered controller reaches', () => {
      const other = controllerFactory.build({ key: 'd' });
      const pairs = ['c>a', 'a>b', 'b>a', 'd>x', 'x>y', 'y>x', 'u>u'];
      expect(
        cycles(pairs, { controllerKey: 'c' }, [controller, other]).map((finding) => finding.processors),
      ).toEqual([['a', 'b']]);
      expect(
        cycles(pairs, { controllerKey: 'd' }, [controller, other]).map((finding) => finding.processors),
      ).toEqual([['x', 'y']]);
      expect(cycles(pairs, {}, [controller, other])).toHaveLength(3);
    });
  });

  describe('controller filter', () => {
    const other = controllerFactory.build({ key: 'd', name: 'Other AB' });
    const registry: Partial<RegistrySnapshot> = {
      controllers: [controller, other],
      processors: [
        processorFactory.build({ key: 'shared', country: 'US' }),
        processorFactory.build({ key: 'only-c', country: 'IN' }),
        processorFactory.build({ key: 'only-d', country: 'IN' }),
        processorFactory.build({ key: 'orphan', country: 'SE' }),
      ],
      engagements: [
        engagementFactory.build({ key: 'c-shared', client: 'c', processor: 'shared', locations: [] }),
        engagementFactory.build({ key: 'd-shared', client: 'd', processor: 'shared', locations: [] }),
        engagementFactory.build({ key: 'c-only', client: 'c', processor: 'only-c', locations: [] }),
        engagementFactory.build({ key: 'd-only', client: 'd', processor: 'only-d', locations: [] }),
        engagementFactory.build({
          key: 'orphan',
          client: 'orphan',
          processor: 'shared',
          authorisation: null,
        }),
      ],
    };

    it('should restrict transfers and engagement findings to what the controller reaches', () => {
      const sut = run(registry, { controllerKey: 'c' });
      expect(sut.transfers.map((transfer) => transfer.id)).toEqual(['c:c-only:IN', 'c:c-shared:US']);
      expect([...new Set(sut.findings.map((finding) => finding.engagement))].sort()).toEqual([
        'engagement-c-only',
        'engagement-c-shared',
      ]);
      expect(sut.findings.every((finding) => finding.controller === null || finding.controller === 'c')).toBe(
        true,
      );
    });

    it('should assess every controller and every engagement without filter', () => {
      const sut = run(registry);
      expect(sut.transfers.map((transfer) => transfer.id)).toEqual([
        'c:c-only:IN',
        'c:c-shared:US',
        'd:d-only:IN',
        'd:d-shared:US',
      ]);
      expect(codes(sut.findings.filter((finding) => finding.engagement === 'engagement-orphan'))).toEqual([
        'SUBPROCESSOR_NOT_AUTHORISED',
      ]);
    });
  });

  describe('output', () => {
    const other = controllerFactory.build({ key: 'B-controller' });
    const assessment = run({
      controllers: [controller, other],
      processors: [
        processorFactory.build({ key: 'p', country: 'US' }),
        processorFactory.build({ key: 'q', country: 'IN', parentCountry: 'CN' }),
        processorFactory.build({ key: 'r', country: 'IE', parentCountry: 'US' }),
      ],
      engagements: [
        engagementFactory.build({
          key: 'z',
          client: 'c',
          processor: 'q',
          locations: [{ country: 'US', activity: 'BACKUP' }],
        }),
        engagementFactory.build({
          key: 'a',
          client: 'c',
          processor: 'p',
          safeguards: [clean({ tiaCompletedOn: null })],
        }),
        engagementFactory.build({
          key: 'm',
          client: 'B-controller',
          processor: 'p',
          dpa: { status: 'PENDING', signedOn: null, expiresOn: null },
        }),
        engagementFactory.build({ key: 'n', client: 'p', processor: 'r', authorisation: null }),
        engagementFactory.build({
          key: 'o',
          client: 'r',
          processor: 'p',
          locations: [],
          safeguards: [clean({ mechanism: 'DEROGATION' })],
        }),
      ],
    });

    it('should sort transfers by controller key, engagement key and destination', () => {
      expect(assessment.transfers.map((transfer) => transfer.id)).toEqual([
        'B-controller:m:US',
        'B-controller:o:US',
        'c:a:US',
        'c:o:US',
        'c:z:IN',
        'c:z:US',
      ]);
    });

    it('should sort findings by severity, code, controller, engagement, destination and processors', () => {
      const severityRank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);
      const codeRank = (finding: Finding) => FINDING_CODES.indexOf(finding.code);
      const keyOf = (finding: Finding) => [
        finding.controller ?? '',
        finding.details.engagementKey ?? '',
        finding.details.destination?.code ?? '',
        finding.processors.join(','),
      ];
      for (let index = 1; index < assessment.findings.length; index++) {
        const [previous, current] = [assessment.findings[index - 1], assessment.findings[index]];
        const order =
          severityRank(previous) - severityRank(current) ||
          codeRank(previous) - codeRank(current) ||
          (keyOf(previous).join('\u0000') <= keyOf(current).join('\u0000') ? -1 : 1);
        expect(order).toBeLessThan(0);
      }
      expect(assessment.findings.length).toBeGreaterThan(8);
    });

    it('should give every finding a unique, deterministic id', () => {
      const ids = assessment.findings.map((finding) => finding.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('TIA_MISSING:c:a:US');
      expect(ids).toContain('DPA_PENDING:m');
    });

    it('should attach transfer findings to their transfer and list them among all findings', () => {
      const all = new Set(assessment.findings);
      for (const transfer of assessment.transfers) {
        for (const finding of transfer.findings) {
          expect(all.has(finding)).toBe(true);
          expect(finding).toMatchObject({
            id: `${finding.code}:${transfer.id}`,
            controller: transfer.controller,
            engagement: transfer.engagement,
            transfer: transfer.id,
            processors: [transfer.importer],
            details: {
              controller: { key: transfer.controller },
              destination: { code: transfer.destination },
            },
          });
        }
      }
    });

    it('should count transfers by status and findings by severity', () => {
      const count = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
        items.filter(predicate).length;
      expect(assessment.summary).toEqual({
        transfers: assessment.transfers.length,
        covered: count(assessment.transfers, (transfer) => transfer.status === 'COVERED'),
        atRisk: count(assessment.transfers, (transfer) => transfer.status === 'AT_RISK'),
        notCovered: count(assessment.transfers, (transfer) => transfer.status === 'NOT_COVERED'),
        critical: count(assessment.findings, (finding) => finding.severity === 'CRITICAL'),
        warning: count(assessment.findings, (finding) => finding.severity === 'WARNING'),
        info: count(assessment.findings, (finding) => finding.severity === 'INFO'),
      });
      expect(assessment.summary).toMatchObject({ transfers: 6, notCovered: 3, atRisk: 3 });
    });
  });
});
