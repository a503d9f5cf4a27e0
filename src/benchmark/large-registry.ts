// A deterministic generator of a large registry for benchmarks: thousands of processors in tiers up to
// `maxDepth` deep, shared subprocessors, cycles and self-engagements, engagements no controller reaches,
// EU/EEA and third-country establishments and locations, certifications, every safeguard mechanism and
// every DPA status. Seeded (mulberry32): the same options give the same registry on every machine.
import {
  type AdequacyDecisionSnapshot,
  type CertificationSnapshot,
  type ControllerSnapshot,
  type CountryCode,
  type CountryInfo,
  type DpaSnapshot,
  type EngagementSnapshot,
  fromEpochDay,
  type IsoDate,
  type LocationSnapshot,
  type ProcessorSnapshot,
  RECORDED_PROCESSING_ACTIVITIES,
  type ReferenceSnapshot,
  type Region,
  type RegistrySnapshot,
  type SafeguardMechanism,
  type SafeguardSnapshot,
  type SccModule,
  type SubprocessorAuthorisation,
  toEpochDay,
} from '../assessment/core';
import { type RegistryDocument } from '../registry/document/registry-document';

export interface LargeRegistryOptions {
  controllers: number;
  processors: number;
  engagements: number;
  /**
   * Processors sit in tiers 1..maxDepth: a tier-k processor is k engagements below the controller of its
   * branch. Other controllers may reach it on longer paths, through shared processors and back edges.
   */
  maxDepth: number;
  seed: number;
}

export const DEFAULT_LARGE_REGISTRY_OPTIONS: Readonly<LargeRegistryOptions> = {
  controllers: 3,
  processors: 10_000,
  engagements: 50_000,
  maxDepth: 8,
  seed: 20_260_701,
};

/** The date the benchmark assesses on; the generated dates spread around it. */
export const BENCHMARK_AS_OF: IsoDate = '2026-07-01';

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  /** `weighted([[value, weight], …])`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  dateBetween(from: IsoDate, to: IsoDate): IsoDate {
    const start = toEpochDay(from);
    return fromEpochDay(start + this.below(toEpochDay(to) - start + 1));
  }
}

type CountryRow = readonly [
  code: CountryCode,
  region: Region,
  english: string,
  swedish: string,
  weight: number,
];

// The countries the generator draws from, weighted roughly like a Nordic company's supplier list.
const COUNTRY_ROWS: readonly CountryRow[] = [
  ['SE', 'EU', 'Sweden', 'Sverige', 8],
  ['DE', 'EU', 'Germany', 'Tyskland', 5],
  ['IE', 'EU', 'Ireland', 'Irland', 5],
  ['NL', 'EU', 'Netherlands', 'Nederländerna', 3],
  ['FR', 'EU', 'France', 'Frankrike', 2],
  ['FI', 'EU', 'Finland', 'Finland', 2],
  ['DK', 'EU', 'Denmark', 'Danmark', 2],
  ['PL', 'EU', 'Poland', 'Polen', 1],
  ['AX', 'EU', 'Åland Islands', 'Åland', 1],
  ['GF', 'EU', 'French Guiana', 'Franska Guyana', 0.2],
  ['NO', 'EEA', 'Norway', 'Norge', 3],
  ['IS', 'EEA', 'Iceland', 'Island', 0.5],
  ['LI', 'EEA', 'Liechtenstein', 'Liechtenstein', 0.2],
  ['US', 'THIRD_COUNTRY', 'United States', 'USA', 12],
  ['GB', 'THIRD_COUNTRY', 'United Kingdom', 'Storbritannien', 4],
  ['CH', 'THIRD_COUNTRY', 'Switzerland', 'Schweiz', 1.5],
  ['IN', 'THIRD_COUNTRY', 'India', 'Indien', 3],
  ['JP', 'THIRD_COUNTRY', 'Japan', 'Japan', 1],
  ['CA', 'THIRD_COUNTRY', 'Canada', 'Kanada', 1],
  ['BR', 'THIRD_COUNTRY', 'Brazil', 'Brasilien', 1],
  ['CN', 'THIRD_COUNTRY', 'China', 'Kina', 1],
  ['SG', 'THIRD_COUNTRY', 'Singapore', 'Singapore', 1],
  ['AU', 'THIRD_COUNTRY', 'Australia', 'Australien', 0.5],
  ['KR', 'THIRD_COUNTRY', 'Republic of Korea', 'Sydkorea', 0.5],
  ['IL', 'THIRD_COUNTRY', 'Israel', 'Israel', 0.5],
  ['NZ', 'THIRD_COUNTRY', 'New Zealand', 'Nya Zeeland', 0.2],
  ['UY', 'THIRD_COUNTRY', 'Uruguay', 'Uruguay', 0.2],
  ['AR', 'THIRD_COUNTRY', 'Argentina', 'Argentina', 0.2],
  ['FO', 'THIRD_COUNTRY', 'Faroe Islands', 'Färöarna', 0.2],
  ['GL', 'THIRD_COUNTRY', 'Greenland', 'Grönland', 0.2],
  ['GI', 'THIRD_COUNTRY', 'Gibraltar', 'Gibraltar', 0.2],
  ['JE', 'THIRD_COUNTRY', 'Jersey', 'Jersey', 0.2],
];

const COUNTRY_WEIGHTS: readonly (readonly [CountryCode, number])[] = COUNTRY_ROWS.map(
  ([code, , , , weight]) => [code, weight],
);
const REGION_OF: ReadonlyMap<CountryCode, Region> = new Map(
  COUNTRY_ROWS.map(([code, region]) => [code, region]),
);

/** What an engagement is for: the service, and what the registry document says about its data. */
interface ServiceProfile {
  service: string;
  purposes: string[];
  dataCategories: string[];
  dataSubjects: string[];
}

const SERVICES: readonly ServiceProfile[] = [
  {
    service: 'Cloud hosting',
    purposes: ['hosting of customer systems'],
    dataCategories: ['contact details', 'account data'],
    dataSubjects: ['customers'],
  },
  {
    service: 'Customer support ticketing',
    purposes: ['customer support'],
    dataCategories: ['contact details', 'support conversations'],
    dataSubjects: ['customers'],
  },
  {
    service: 'Payroll',
    purposes: ['salary payments'],
    dataCategories: ['identity data', 'bank details', 'salary'],
    dataSubjects: ['employees'],
  },
  {
    service: 'E-mail delivery',
    purposes: ['transactional e-mail'],
    dataCategories: ['e-mail addresses'],
    dataSubjects: ['customers', 'prospects'],
  },
  {
    service: 'Web analytics',
    purposes: ['usage statistics'],
    dataCategories: ['online identifiers'],
    dataSubjects: ['website visitors'],
  },
  {
    service: 'Backup storage',
    purposes: ['disaster recovery'],
    dataCategories: ['all categories held'],
    dataSubjects: ['customers', 'employees'],
  },
  {
    service: 'Identity provider',
    purposes: ['authentication'],
    dataCategories: ['account data', 'login logs'],
    dataSubjects: ['employees', 'customers'],
  },
  {
    service: 'Monitoring and logging',
    purposes: ['operations'],
    dataCategories: ['IP addresses', 'log data'],
    dataSubjects: ['users'],
  },
];
const SERVICE_BY_NAME: ReadonlyMap<string, ServiceProfile> = new Map(
  SERVICES.map((profile) => [profile.service, profile]),
);

const MECHANISM_WEIGHTS: readonly (readonly [SafeguardMechanism, number])[] = [
  ['SCC_2021', 50],
  ['SCC_LEGACY', 10],
  ['BCR', 12],
  ['CODE_OF_CONDUCT', 5],
  ['CERTIFICATION', 5],
  ['AD_HOC_CLAUSES', 5],
  ['DEROGATION', 8],
];
const MODULES: readonly SccModule[] = ['C2C', 'C2P', 'P2P', 'P2C'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Generates the registry; the defaults are the benchmark's (3 controllers, 10,000 processors, 50,000 engagements, depth 8). */
export function generateLargeRegistry(overrides: Partial<LargeRegistryOptions> = {}): RegistrySnapshot {
  const options = { ...DEFAULT_LARGE_REGISTRY_OPTIONS, ...overrides };
  if (options.controllers < 1 || options.maxDepth < 1 || options.processors < options.maxDepth) {
    throw new RangeError('Need at least one controller, depth 1, and as many processors as tiers');
  }
  const random = new Random(options.seed);
  const controllerWidth = String(options.controllers).length;
  const processorWidth = String(options.processors).length;

  const controllers: ControllerSnapshot[] = Array.from({ length: options.controllers }, (_, index) => ({
    key: `controller-${pad(index + 1, controllerWidth)}`,
    name: `Group Company ${index + 1} AB`,
    country: random.pick(['SE', 'SE', 'FI', 'NO', 'DK']),
  }));

  const processors: ProcessorSnapshot[] = Array.from({ length: options.processors }, (_, index) => {
    const country = random.weighted(COUNTRY_WEIGHTS);
    const inEea = REGION_OF.get(country) !== 'THIRD_COUNTRY';
    const parentCountry = inEea
      ? random.weighted<CountryCode | null>([
          [null, 68],
          ['US', 20],
          ['CN', 4],
          ['JP', 3],
          ['GB', 3],
          ['CH', 2],
        ])
      : random.weighted<CountryCode | null>([
          [null, 90],
          ['US', 10],
        ]);
    return {
      key: `processor-${pad(index + 1, processorWidth)}`,
      name: `Processor ${index + 1} ${inEea ? 'GmbH' : 'Inc.'}`,
      country,
      parentCountry: parentCountry === country ? null : parentCountry,
      publicBody: random.chance(0.03),
      certifications: country === 'US' ? usCertifications(random) : [],
    };
  });

  // 1% of the processors are orphans: no engagement leads to them, so what they engage is unreachable.
  const orphanCount = Math.floor(options.processors / 100);
  const placed = options.processors - orphanCount;
  const tierOf = (index: number): number => 1 + Math.floor((index * options.maxDepth) / placed);
  const tiers: ProcessorSnapshot[][] = Array.from({ length: options.maxDepth + 1 }, () => []);
  processors.slice(0, placed).forEach((processor, index) => tiers[tierOf(index)].push(processor));
  const orphans = processors.slice(placed);

  const pairs: [client: string, processor: ProcessorSnapshot][] = [];
  // The spine: every placed processor is engaged from the tier above, so tier k is reached at depth k.
  for (let tier = 1; tier <= options.maxDepth; tier++) {
    for (const processor of tiers[tier]) {
      pairs.push([tier === 1 ? random.pick(controllers).key : random.pick(tiers[tier - 1]).key, processor]);
    }
  }
  while (pairs.length < options.engagements) {
    const roll = random.below(1000);
    const tier = 1 + random.below(options.maxDepth);
    const client = random.pick(tiers[tier]);
    if (roll < 20) {
      // A back edge (tier k engages tier <= k): the cycles of real supplier groups.
      pairs.push([client.key, random.pick(tiers[1 + random.below(tier)])]);
    } else if (roll < 22) {
      pairs.push([client.key, client]);
    } else if (roll < 70) {
      pairs.push([
        random.pick(controllers).key,
        random.pick(tiers[1 + random.below(Math.min(2, options.maxDepth))]),
      ]);
    } else if (roll < 80 && orphans.length > 0) {
      pairs.push([random.pick(orphans).key, random.pick(processors)]);
    } else {
      // Shared subprocessors: many clients of the tier above engage the same processors.
      pairs.push([client.key, random.pick(tiers[Math.min(tier + 1, options.maxDepth)])]);
    }
  }

  const controllerKeys = new Set(controllers.map((controller) => controller.key));
  const engagementWidth = String(pairs.length).length;
  const engagements = pairs
    .slice(0, options.engagements)
    .map(([client, processor], index): EngagementSnapshot => {
      const clientIsController = controllerKeys.has(client);
      const key = `engagement-${pad(index + 1, engagementWidth)}`;
      const locations = generateLocations(random, processor);
      return {
        id: `00000000-0000-4000-8000-${pad(index + 1, 12)}`,
        key,
        client,
        processor: processor.key,
        service: random.pick(SERVICES).service,
        dpa: generateDpa(random),
        authorisation: clientIsController
          ? null
          : random.weighted<SubprocessorAuthorisation | null>([
              ['GENERAL', 50],
              ['SPECIFIC', 35],
              ['NONE', 10],
              [null, 5],
            ]),
        locations,
        safeguards: generateSafeguards(random, processor, locations, clientIsController),
      };
    });
  return { controllers, processors, engagements };
}

function usCertifications(random: Random): CertificationSnapshot[] {
  const certifications: CertificationSnapshot[] = [];
  if (random.chance(0.6)) {
    const validFrom = random.dateBetween('2023-07-10', '2026-09-01');
    certifications.push({
      scheme: 'EU_US_DPF',
      validFrom,
      // Some lapse (a year or so after certifying); a certification never ends before it starts.
      validUntil: random.chance(0.1)
        ? fromEpochDay(toEpochDay(validFrom) + 180 + random.below(2 * 365))
        : null,
    });
  }
  if (random.chance(0.15)) {
    certifications.push({
      scheme: 'PRIVACY_SHIELD',
      validFrom: random.dateBetween('2016-08-01', '2019-12-31'),
      validUntil: '2020-07-16',
    });
  }
  return certifications;
}

function generateDpa(random: Random): DpaSnapshot {
  const status = random.weighted<DpaSnapshot['status']>([
    ['SIGNED', 85],
    ['PENDING', 8],
    ['NONE', 7],
  ]);
  if (status === 'NONE') return { status, signedOn: null, expiresOn: null };
  // A few are signed after asOf (DPA_MISSING); some expire before or shortly after it.
  const signedOn = random.chance(0.05) ? null : random.dateBetween('2018-06-01', '2026-09-30');
  const expiresOn = random.chance(0.7)
    ? null
    : fromEpochDay(toEpochDay(signedOn ?? '2022-01-01') + 365 + random.below(6 * 365));
  return { status, signedOn: status === 'PENDING' ? null : signedOn, expiresOn };
}

function generateLocations(random: Random, processor: ProcessorSnapshot): LocationSnapshot[] {
  if (random.chance(0.03)) return [];
  return Array.from({ length: 1 + random.below(3) }, () => ({
    country: random.chance(0.6) ? processor.country : random.weighted(COUNTRY_WEIGHTS),
    activity: random.pick(RECORDED_PROCESSING_ACTIVITIES),
  }));
}

function generateSafeguards(
  random: Random,
  processor: ProcessorSnapshot,
  locations: readonly LocationSnapshot[],
  clientIsController: boolean,
): SafeguardSnapshot[] {
  const thirdCountries = [
    ...new Set(
      [processor.country, ...locations.map((location) => location.country)].filter(
        (code) => REGION_OF.get(code) === 'THIRD_COUNTRY',
      ),
    ),
  ];
  const count =
    thirdCountries.length === 0
      ? random.chance(0.05)
        ? 1
        : 0
      : random.weighted([
          [0, 20],
          [1, 60],
          [2, 20],
        ]);
  return Array.from({ length: count }, () => {
    const mechanism = random.weighted(MECHANISM_WEIGHTS);
    const signedOn =
      mechanism === 'SCC_LEGACY'
        ? random.dateBetween('2016-01-01', '2022-06-30')
        : random.dateBetween('2019-01-01', '2026-10-31');
    const fitting: SccModule = clientIsController ? 'C2P' : 'P2P';
    return {
      mechanism,
      module: mechanism.startsWith('SCC')
        ? random.chance(0.85)
          ? fitting
          : random.chance(0.5)
            ? null
            : random.pick(MODULES)
        : null,
      signedOn: random.chance(0.05) ? null : signedOn,
      countries: random.chance(0.7) || thirdCountries.length === 0 ? [] : [random.pick(thirdCountries)],
      tiaCompletedOn: random.chance(0.75) ? fromEpochDay(toEpochDay(signedOn) - random.below(60)) : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Reference data for the benchmark: the generator's countries and the real adequacy decisions.
// ---------------------------------------------------------------------------------------------

type DecisionRow = readonly [
  id: string,
  country: CountryCode,
  legalAct: string,
  adoptedOn: IsoDate,
  effectiveFrom: IsoDate,
  extra?: Partial<AdequacyDecisionSnapshot>,
];

const DECISIONS: readonly DecisionRow[] = [
  ['ad-2010-625', 'AD', 'Commission Decision 2010/625/EU', '2010-10-19', '2010-10-19'],
  ['ar-2003-490', 'AR', 'Commission Decision 2003/490/EC', '2003-06-30', '2003-06-30'],
  [
    'ca-2002-2',
    'CA',
    'Commission Decision 2002/2/EC',
    '2001-12-20',
    '2001-12-20',
    { scope: 'PRIVATE_SECTOR' },
  ],
  ['fo-2010-146', 'FO', 'Commission Decision 2010/146/EU', '2010-03-05', '2010-03-05'],
  ['gg-2003-821', 'GG', 'Commission Decision 2003/821/EC', '2003-11-21', '2003-11-21'],
  ['im-2004-411', 'IM', 'Commission Decision 2004/411/EC', '2004-04-28', '2004-04-28'],
  ['il-2011-61', 'IL', 'Commission Decision 2011/61/EU', '2011-01-31', '2011-01-31'],
  ['je-2008-393', 'JE', 'Commission Decision 2008/393/EC', '2008-05-08', '2008-05-08'],
  ['nz-2013-65', 'NZ', 'Commission Implementing Decision 2013/65/EU', '2012-12-19', '2012-12-19'],
  ['ch-2000-518', 'CH', 'Commission Decision 2000/518/EC', '2000-07-26', '2000-07-26'],
  ['uy-2012-484', 'UY', 'Commission Implementing Decision 2012/484/EU', '2012-08-21', '2012-08-21'],
  [
    'jp-2019-419',
    'JP',
    'Commission Implementing Decision (EU) 2019/419',
    '2019-01-23',
    '2019-01-23',
    { scope: 'PRIVATE_SECTOR' },
  ],
  ['kr-2022-254', 'KR', 'Commission Implementing Decision (EU) 2022/254', '2021-12-17', '2021-12-17'],
  [
    'gb-2021-1772',
    'GB',
    'Commission Implementing Decision (EU) 2021/1772, extended by (EU) 2025/1226, renewed by (EU) 2025/2574',
    '2021-06-28',
    '2021-06-28',
    { expiresOn: '2031-12-27' },
  ],
  [
    'us-2000-520',
    'US',
    'Commission Decision 2000/520/EC (Safe Harbour)',
    '2000-07-26',
    '2000-07-26',
    { scope: 'CERTIFIED_ORGANISATIONS', certificationScheme: 'SAFE_HARBOUR', revokedOn: '2015-10-06' },
  ],
  [
    'us-2016-1250',
    'US',
    'Commission Implementing Decision (EU) 2016/1250 (EU-US Privacy Shield)',
    '2016-07-12',
    '2016-08-01',
    { scope: 'CERTIFIED_ORGANISATIONS', certificationScheme: 'PRIVACY_SHIELD', revokedOn: '2020-07-16' },
  ],
  [
    'us-2023-1795',
    'US',
    'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
    '2023-07-10',
    '2023-07-10',
    { scope: 'CERTIFIED_ORGANISATIONS', certificationScheme: 'EU_US_DPF', contested: true },
  ],
  ['br-2026-179', 'BR', 'Commission Implementing Decision (EU) 2026/179', '2026-01-26', '2026-01-26'],
];

export function benchmarkReference(): ReferenceSnapshot {
  const countries = new Map<CountryCode, CountryInfo>(
    COUNTRY_ROWS.map(([code, region, english, swedish]) => [
      code,
      { code, region, names: { EN: english, SV: swedish } },
    ]),
  );
  for (const [code, english] of [
    ['AD', 'Andorra'],
    ['GG', 'Guernsey'],
    ['IM', 'Isle of Man'],
  ] as const) {
    countries.set(code, { code, region: 'THIRD_COUNTRY', names: { EN: english, SV: english } });
  }
  const adequacyDecisions = DECISIONS.map(
    ([id, country, legalAct, adoptedOn, effectiveFrom, extra]): AdequacyDecisionSnapshot => ({
      id,
      country,
      legalAct,
      adoptedOn,
      effectiveFrom,
      expiresOn: null,
      revokedOn: null,
      scope: 'FULL',
      certificationScheme: null,
      contested: false,
      sourceUrl:
        'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
      ...extra,
    }),
  );
  return { countries, adequacyDecisions, dataVersion: 'benchmark', dataAsOf: BENCHMARK_AS_OF };
}

// ---------------------------------------------------------------------------------------------
// The registry document (shared/spec/registry-document.md, version 1), to benchmark the import path.
// ---------------------------------------------------------------------------------------------

/** The registry as the canonical registry document (registry-document.md) that `importRegistry` takes. */
export function toRegistryDocument(registry: RegistrySnapshot): RegistryDocument {
  const controllerKeys = new Set(registry.controllers.map((controller) => controller.key));
  return {
    version: 1,
    controllers: registry.controllers.map(({ key, name, country }) => ({
      key,
      name,
      country,
      registrationNumber: null,
    })),
    processors: registry.processors.map(
      ({ key, name, country, parentCountry, publicBody, certifications }) => ({
        key,
        name,
        country,
        registrationNumber: null,
        parentCountry,
        publicBody,
        certifications: certifications.map((certification) => ({ ...certification })),
      }),
    ),
    engagements: registry.engagements.map((engagement) => {
      const profile = SERVICE_BY_NAME.get(engagement.service);
      return {
        key: engagement.key,
        client: engagement.client,
        processor: engagement.processor,
        service: engagement.service,
        purposes: [...(profile?.purposes ?? [])],
        dataCategories: [...(profile?.dataCategories ?? [])],
        dataSubjects: [...(profile?.dataSubjects ?? [])],
        dpa: { ...engagement.dpa, reference: null },
        // A controller client has none; a processor client without one has NONE (a finding).
        authorisation: controllerKeys.has(engagement.client) ? null : (engagement.authorisation ?? 'NONE'),
        locations: engagement.locations.map((location) => ({ ...location })),
        safeguards: engagement.safeguards.map((safeguard) => ({
          mechanism: safeguard.mechanism,
          module: safeguard.module,
          signedOn: safeguard.signedOn,
          countries: [...safeguard.countries],
          tiaCompletedOn: safeguard.tiaCompletedOn,
        })),
      };
    }),
  };
}
