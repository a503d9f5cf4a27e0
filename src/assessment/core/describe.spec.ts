import {
  controllerFactory,
  engagementFactory,
  processorFactory,
  referenceFactory,
  registryFactory,
  safeguardFactory,
} from '../../../test/factories/assessment.factory';
import { assess } from './assess';
import { describeFinding } from './describe';
import {
  type AssessmentOptions,
  type EngagementSnapshot,
  type Finding,
  FINDING_CODES,
  type FindingCode,
  LANGUAGES,
  type ProcessorSnapshot,
} from './model';

const AS_OF = '2026-07-01';
const reference = referenceFactory.build();
const controller = controllerFactory.build({ key: 'ctrl', name: 'Kontrollant AB' });
const dpf = { scheme: 'EU_US_DPF' as const, validFrom: '2023-08-01', validUntil: null };

interface Setup {
  importer?: Partial<ProcessorSnapshot>;
  engagement?: Partial<EngagementSnapshot>;
  /** Put Exporter AB (a Swedish processor) between the controller and the importer. */
  viaProcessor?: boolean;
  /** Extra engagements `client>processor` among the importer and processors named here. */
  extra?: { processors: Partial<ProcessorSnapshot>[]; engagements: [string, string][] };
  options?: Partial<AssessmentOptions>;
}

function findingOf(code: FindingCode, setup: Setup, severity?: Finding['severity']): Finding {
  const { importer = {}, engagement = {}, viaProcessor = false, extra, options = {} } = setup;
  const processors = [
    processorFactory.build({ key: 'imp', name: 'Importer Inc.', country: 'IN', ...importer }),
  ];
  const engagements = [
    engagementFactory.build({
      key: 'main',
      service: 'Ticketing',
      client: viaProcessor ? 'exp' : 'ctrl',
      processor: 'imp',
      locations: [{ country: importer.country ?? 'IN', activity: 'REMOTE_ACCESS' }],
      ...engagement,
    }),
  ];
  if (viaProcessor) {
    processors.push(processorFactory.build({ key: 'exp', name: 'Exporter AB', country: 'SE' }));
    engagements.push(engagementFactory.build({ key: 'first', client: 'ctrl', processor: 'exp' }));
  }
  for (const processor of extra?.processors ?? []) processors.push(processorFactory.build(processor));
  for (const [client, processor] of extra?.engagements ?? []) {
    engagements.push(engagementFactory.build({ key: `${client}>${processor}`, client, processor }));
  }
  const registry = registryFactory.build({ controllers: [controller], processors, engagements });
  const assessment = assess(registry, reference, { asOf: AS_OF, ...options });
  const finding = assessment.findings.find(
    (candidate) => candidate.code === code && (severity === undefined || candidate.severity === severity),
  );
  if (finding === undefined)
    throw new Error(`Scenario did not raise ${code}: ${assessment.findings.map((f) => f.code).join(', ')}`);
  return finding;
}

interface TextCase {
  name: string;
  code: FindingCode;
  finding: () => Finding;
  /** Must appear in both languages (names, keys, dates). */
  both: string[];
  en: string[];
  sv: string[];
}

const importerNamed = 'Importer Inc. (imp)';
const clean = { signedOn: '2021-01-01', tiaCompletedOn: '2021-01-01' };

const CASES: TextCase[] = [
  {
    name: 'a transfer without safeguard, through a processor',
    code: 'TRANSFER_WITHOUT_SAFEGUARD',
    finding: () => findingOf('TRANSFER_WITHOUT_SAFEGUARD', { viaProcessor: true }),
    both: [importerNamed, 'Exporter AB (exp)', 'Kontrollant AB (ctrl)', AS_OF, 'main', 'Ticketing'],
    en: ['India (IN)', 'remote access', 'Module Three', 'GDPR Art. 44, 45, 46 and 49'],
    sv: [
      'Indien (IN)',
      'fjärråtkomst',
      'modul 3',
      'personuppgiftsansvarig',
      'standardavtalsklausulerna från 2021',
      'konsekvensbedömning av överföringen',
      'artiklarna 44, 45, 46 och 49 i dataskyddsförordningen',
    ],
  },
  {
    name: 'outdated clauses as the only basis',
    code: 'SCC_OUTDATED',
    finding: () =>
      findingOf('SCC_OUTDATED', {
        engagement: {
          safeguards: [safeguardFactory.build({ mechanism: 'SCC_LEGACY', signedOn: '2020-01-01' })],
        },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', '2022-12-27', AS_OF],
    en: [
      'India (IN)',
      'old standard contractual clauses',
      'suspended',
      'Commission Implementing Decision (EU) 2021/914, Art. 4',
    ],
    sv: [
      'Indien (IN)',
      'äldre standardavtalsklausulerna',
      'avbrytas',
      'kommissionens genomförandebeslut (EU) 2021/914, artikel 4',
    ],
  },
  {
    name: 'outdated clauses beside another basis',
    code: 'SCC_OUTDATED',
    finding: () =>
      findingOf(
        'SCC_OUTDATED',
        {
          engagement: {
            safeguards: [
              safeguardFactory.build({ mechanism: 'SCC_LEGACY', signedOn: '2021-10-01' }),
              safeguardFactory.build({ mechanism: 'BCR', ...clean }),
            ],
          },
          options: { asOf: '2022-06-01' },
        },
        'INFO',
      ),
    both: [importerNamed, '2021-10-01', '2021-09-27'],
    en: ['paperwork to retire'],
    sv: ['undertecknades den 2021-10-01', 'dokumentation att avveckla'],
  },
  {
    name: 'a module mismatch',
    code: 'SCC_MODULE_MISMATCH',
    finding: () =>
      findingOf('SCC_MODULE_MISMATCH', {
        engagement: { safeguards: [safeguardFactory.build({ module: 'P2P', ...clean })] },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)'],
    en: [
      'India (IN)',
      'Module Three (processor to processor)',
      'Module Two (controller to processor)',
      'GDPR Art. 46(2)(c)',
    ],
    sv: [
      'Indien (IN)',
      'modul 3',
      'modul 2 (personuppgiftsansvarig till personuppgiftsbiträde)',
      'artikel 46.2 c i dataskyddsförordningen',
    ],
  },
  {
    name: 'a missing TIA',
    code: 'TIA_MISSING',
    finding: () =>
      findingOf('TIA_MISSING', {
        engagement: {
          safeguards: [safeguardFactory.build({ signedOn: '2024-01-01', tiaCompletedOn: null })],
        },
      }),
    both: [importerNamed, AS_OF, 'C-311/18'],
    en: ['India', 'transfer impact assessment', 'EDPB Recommendations 01/2020', 'GDPR Art. 44 and 46'],
    sv: [
      'Indien',
      'konsekvensbedömning av överföring (TIA)',
      'EDPB:s rekommendationer 01/2020',
      'artiklarna 44 och 46 i dataskyddsförordningen',
    ],
  },
  {
    name: 'a derogation',
    code: 'DEROGATION_RELIED_ON',
    finding: () =>
      findingOf('DEROGATION_RELIED_ON', {
        engagement: { safeguards: [safeguardFactory.build({ mechanism: 'DEROGATION', ...clean })] },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)'],
    en: ['India (IN)', 'occasional', 'GDPR Art. 49'],
    sv: [
      'Indien (IN)',
      'undantag enligt artikel 49',
      'tillfälliga överföringar',
      'artikel 49 i dataskyddsförordningen',
    ],
  },
  {
    name: 'an uncertified US importer',
    code: 'ADEQUACY_SCOPE_NOT_MET',
    finding: () => findingOf('ADEQUACY_SCOPE_NOT_MET', { importer: { country: 'US' } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', AS_OF, 'https://www.dataprivacyframework.gov/list'],
    en: [
      'United States (US)',
      'EU-US Data Privacy Framework',
      'Commission Implementing Decision (EU) 2023/1795',
      'Art. 45',
    ],
    sv: [
      'USA (US)',
      'dataskyddsramen mellan EU och USA',
      'kommissionens genomförandebeslut (EU) 2023/1795',
      'Beslutet om adekvat skyddsnivå',
      'artikel 45',
    ],
  },
  {
    name: 'a Canadian public body',
    code: 'ADEQUACY_SCOPE_NOT_MET',
    finding: () => findingOf('ADEQUACY_SCOPE_NOT_MET', { importer: { country: 'CA', publicBody: true } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)'],
    en: ['Canada (CA)', 'public body', 'private sector', 'Commission Decision 2002/2/EC'],
    sv: ['Kanada (CA)', 'offentligt organ', 'privata sektorn', 'kommissionens beslut 2002/2/EG'],
  },
  {
    name: 'an expiring UK decision',
    code: 'ADEQUACY_EXPIRING',
    finding: () =>
      findingOf('ADEQUACY_EXPIRING', { importer: { country: 'GB' }, options: { asOf: '2031-12-01' } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', '2031-12-27'],
    en: [
      'United Kingdom (GB)',
      '26 days left',
      'Commission Implementing Decision (EU) 2021/1772, extended by (EU) 2025/1226',
    ],
    sv: [
      'Storbritannien (GB)',
      '26 dagar kvar',
      'kommissionens genomförandebeslut (EU) 2021/1772, förlängt genom (EU) 2025/1226',
      'beslutet om adekvat skyddsnivå',
    ],
  },
  {
    name: 'the contested DPF',
    code: 'ADEQUACY_CONTESTED',
    finding: () => findingOf('ADEQUACY_CONTESTED', { importer: { country: 'US', certifications: [dpf] } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', '2023/1795'],
    en: ['United States (US)', 'challenged in court', 'Module Two'],
    sv: [
      'USA (US)',
      'rättslig prövning',
      'bindande företagsbestämmelser',
      'kommissionens genomförandebeslut (EU) 2023/1795 (dataskyddsramen mellan EU och USA)',
    ],
  },
  {
    name: 'a missing DPA with a first-tier processor',
    code: 'DPA_MISSING',
    finding: () =>
      findingOf('DPA_MISSING', { engagement: { dpa: { status: 'NONE', signedOn: null, expiresOn: null } } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', AS_OF, 'Ticketing'],
    en: ['data processing agreement', 'GDPR Art. 28(3)'],
    sv: ['personuppgiftsbiträdesavtal', 'personuppgiftsbiträdet', 'artikel 28.3 i dataskyddsförordningen'],
  },
  {
    name: 'a DPA signed only after asOf with a subprocessor',
    code: 'DPA_MISSING',
    finding: () =>
      findingOf('DPA_MISSING', {
        viaProcessor: true,
        engagement: { dpa: { status: 'SIGNED', signedOn: '2026-08-01', expiresOn: null } },
      }),
    both: [importerNamed, 'Exporter AB (exp)', '2026-08-01'],
    en: ['subprocessing agreement', 'subprocessor', 'GDPR Art. 28(4)'],
    sv: ['underbiträdesavtal', 'underbiträdet', 'artikel 28.4 i dataskyddsförordningen'],
  },
  {
    name: 'a pending DPA',
    code: 'DPA_PENDING',
    finding: () =>
      findingOf('DPA_PENDING', {
        engagement: { dpa: { status: 'PENDING', signedOn: null, expiresOn: null } },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', AS_OF],
    en: ['still pending', 'GDPR Art. 28(3)'],
    sv: ['Personuppgiftsbiträdesavtalet', 'inte undertecknat', 'artikel 28.3'],
  },
  {
    name: 'an expired DPA',
    code: 'DPA_EXPIRED',
    finding: () =>
      findingOf('DPA_EXPIRED', {
        engagement: { dpa: { status: 'SIGNED', signedOn: '2020-01-01', expiresOn: '2026-06-30' } },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', '2026-06-30', AS_OF],
    en: ['expired', 'GDPR Art. 28(3)'],
    sv: ['löpte ut', 'artikel 28.3'],
  },
  {
    name: 'an expiring DPA',
    code: 'DPA_EXPIRING',
    finding: () =>
      findingOf('DPA_EXPIRING', {
        engagement: { dpa: { status: 'SIGNED', signedOn: '2020-01-01', expiresOn: '2026-07-11' } },
      }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', '2026-07-11'],
    en: ['10 days left', 'GDPR Art. 28(3)'],
    sv: ['10 dagar kvar', 'gäller bara till och med den 2026-07-11', 'artikel 28.3'],
  },
  {
    name: 'an unauthorised subprocessor',
    code: 'SUBPROCESSOR_NOT_AUTHORISED',
    finding: () =>
      findingOf('SUBPROCESSOR_NOT_AUTHORISED', { viaProcessor: true, engagement: { authorisation: null } }),
    both: [importerNamed, 'Exporter AB (exp)'],
    en: ['subprocessor', 'prior', 'GDPR Art. 28(2)'],
    sv: ['underbiträde', 'skriftligt förhandstillstånd', 'artikel 28.2 i dataskyddsförordningen'],
  },
  {
    name: 'an engagement without location',
    code: 'LOCATION_UNKNOWN',
    finding: () => findingOf('LOCATION_UNKNOWN', { engagement: { locations: [] } }),
    both: [importerNamed, 'Kontrollant AB (ctrl)', 'main'],
    en: ['EU/EEA', 'GDPR Art. 28(3)(a), 30(1)(e) and 44'],
    sv: ['EU/EES', 'artiklarna 28.3 a, 30.1 e och 44 i dataskyddsförordningen'],
  },
  {
    name: 'an Irish processor with a US parent',
    code: 'FOREIGN_LAW_EXPOSURE',
    finding: () => findingOf('FOREIGN_LAW_EXPOSURE', { importer: { country: 'IE', parentCountry: 'US' } }),
    both: [importerNamed],
    en: [
      'Ireland (IE)',
      'United States (US)',
      'parent company',
      'EDPB Guidelines 05/2021, example 12',
      'GDPR Art. 28(1)',
    ],
    sv: [
      'Irland (IE)',
      'USA (US)',
      'moderbolaget',
      'EDPB:s riktlinjer 05/2021, exempel 12',
      'artikel 28.1 i dataskyddsförordningen',
    ],
  },
  {
    name: 'a cycle of subprocessors',
    code: 'CHAIN_CYCLE',
    finding: () =>
      findingOf('CHAIN_CYCLE', {
        extra: {
          processors: [{ key: 'loop', name: 'Loop GmbH' }],
          engagements: [
            ['imp', 'loop'],
            ['loop', 'imp'],
          ],
        },
      }),
    both: [importerNamed, 'Loop GmbH (loop)'],
    en: ['cycle', 'GDPR Art. 28(2) and 28(4)'],
    sv: [
      'Personuppgiftsbiträdena',
      'cirkel',
      'underbiträden',
      'artiklarna 28.2 och 28.4 i dataskyddsförordningen',
    ],
  },
  {
    name: 'a processor engaging itself',
    code: 'CHAIN_CYCLE',
    finding: () => findingOf('CHAIN_CYCLE', { extra: { processors: [], engagements: [['imp', 'imp']] } }),
    both: [importerNamed],
    en: ['its own subprocessor'],
    sv: ['sitt eget underbiträde'],
  },
];

describe(describeFinding.name, () => {
  it('should have a text case for every finding code', () => {
    expect([...new Set(CASES.map((textCase) => textCase.code))].sort()).toEqual([...FINDING_CODES].sort());
  });

  describe.each(CASES)('for $code ($name)', (textCase) => {
    let sut: Finding;

    beforeEach(() => {
      sut = textCase.finding();
    });

    it.each(LANGUAGES)('should write a complete message and remediation in %s', (language) => {
      const { message, remediation } = describeFinding(sut, language);
      for (const text of [message, remediation]) {
        expect(text.trim().length).toBeGreaterThan(60);
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN|\bnull\b|\(\)|""|””|\s{2}/);
      }
    });

    it.each(LANGUAGES)('should name the parties, dates and the law in %s', (language) => {
      const { message, remediation } = describeFinding(sut, language);
      const text = `${message}\n${remediation}`;
      for (const expected of [...textCase.both, ...(language === 'EN' ? textCase.en : textCase.sv)]) {
        expect(text).toContain(expected);
      }
    });

    it('should say different things in English and Swedish', () => {
      expect(describeFinding(sut, 'SV').message).not.toBe(describeFinding(sut, 'EN').message);
      expect(describeFinding(sut, 'SV').remediation).not.toBe(describeFinding(sut, 'EN').remediation);
    });
  });
});
