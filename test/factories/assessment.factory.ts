// Small factories for the assessor's snapshots: valid defaults, so each test shows only the fields it
// cares about (`processorFactory.build({ country: 'US' })`). The reference data below holds the real
// adequacy decisions with their real dates (../../../shared/reference/legal-facts.md).
import {
  type AdequacyDecisionSnapshot,
  type ControllerSnapshot,
  type CountryInfo,
  type EngagementSnapshot,
  type ProcessorSnapshot,
  type ReferenceSnapshot,
  type Region,
  type RegistrySnapshot,
  type SafeguardSnapshot,
} from '../../src/assessment/core';
import { defineFactory } from './factory';

export const controllerFactory = defineFactory<ControllerSnapshot>((sequence, overrides) => {
  const key = overrides.key ?? `controller-${sequence}`;
  return { key, name: `Controller ${key}`, country: 'SE', ...overrides };
});

export const processorFactory = defineFactory<ProcessorSnapshot>((sequence, overrides) => {
  const key = overrides.key ?? `processor-${sequence}`;
  return {
    key,
    name: `Processor ${key}`,
    country: 'SE',
    parentCountry: null,
    publicBody: false,
    certifications: [],
    ...overrides,
  };
});

/** A clean 2021 SCC for a controller's processor; override `module: 'P2P'` for a subprocessor. */
export const safeguardFactory = defineFactory<SafeguardSnapshot>((_sequence, overrides) => ({
  mechanism: 'SCC_2021',
  module: 'C2P',
  signedOn: '2023-01-10',
  countries: [],
  tiaCompletedOn: '2023-01-05',
  ...overrides,
}));

/**
 * Defaults: a signed DPA without expiry, hosting in Sweden, no safeguard, and `authorisation: 'GENERAL'`
 * (ignored when the client is a controller). `key` defaults to `<client>/<processor>/<service>`.
 */
export const engagementFactory = defineFactory<
  EngagementSnapshot,
  Partial<EngagementSnapshot> & Pick<EngagementSnapshot, 'client' | 'processor'>
>((sequence, overrides) => {
  const service = overrides.service ?? `Service ${sequence}`;
  const key = overrides.key ?? `${overrides.client}/${overrides.processor}/${service}`;
  return {
    id: overrides.id ?? `engagement-${key}`,
    key,
    service,
    dpa: { status: 'SIGNED', signedOn: '2020-01-01', expiresOn: null },
    authorisation: 'GENERAL',
    locations: [{ country: 'SE', activity: 'HOSTING' }],
    safeguards: [],
    ...overrides,
  };
});

export const registryFactory = defineFactory<RegistrySnapshot>((_sequence, overrides) => ({
  controllers: [],
  processors: [],
  engagements: [],
  ...overrides,
}));

type CountryRow = readonly [code: string, region: Region, english: string, swedish: string];

// Regions follow the legal status (assessment.md section 2), not the flag.
const COUNTRY_ROWS: readonly CountryRow[] = [
  ['AT', 'EU', 'Austria', 'Österrike'],
  ['BE', 'EU', 'Belgium', 'Belgien'],
  ['BG', 'EU', 'Bulgaria', 'Bulgarien'],
  ['HR', 'EU', 'Croatia', 'Kroatien'],
  ['CY', 'EU', 'Cyprus', 'Cypern'],
  ['CZ', 'EU', 'Czechia', 'Tjeckien'],
  ['DK', 'EU', 'Denmark', 'Danmark'],
  ['EE', 'EU', 'Estonia', 'Estland'],
  ['FI', 'EU', 'Finland', 'Finland'],
  ['FR', 'EU', 'France', 'Frankrike'],
  ['DE', 'EU', 'Germany', 'Tyskland'],
  ['GR', 'EU', 'Greece', 'Grekland'],
  ['HU', 'EU', 'Hungary', 'Ungern'],
  ['IE', 'EU', 'Ireland', 'Irland'],
  ['IT', 'EU', 'Italy', 'Italien'],
  ['LV', 'EU', 'Latvia', 'Lettland'],
  ['LT', 'EU', 'Lithuania', 'Litauen'],
  ['LU', 'EU', 'Luxembourg', 'Luxemburg'],
  ['MT', 'EU', 'Malta', 'Malta'],
  ['NL', 'EU', 'Netherlands', 'Nederländerna'],
  ['PL', 'EU', 'Poland', 'Polen'],
  ['PT', 'EU', 'Portugal', 'Portugal'],
  ['RO', 'EU', 'Romania', 'Rumänien'],
  ['SK', 'EU', 'Slovakia', 'Slovakien'],
  ['SI', 'EU', 'Slovenia', 'Slovenien'],
  ['ES', 'EU', 'Spain', 'Spanien'],
  ['SE', 'EU', 'Sweden', 'Sverige'],
  ['AX', 'EU', 'Åland Islands', 'Åland'],
  ['GF', 'EU', 'French Guiana', 'Franska Guyana'],
  ['GP', 'EU', 'Guadeloupe', 'Guadeloupe'],
  ['MQ', 'EU', 'Martinique', 'Martinique'],
  ['RE', 'EU', 'Réunion', 'Réunion'],
  ['YT', 'EU', 'Mayotte', 'Mayotte'],
  ['MF', 'EU', 'Saint Martin (French part)', 'Saint-Martin (franska delen)'],
  ['IS', 'EEA', 'Iceland', 'Island'],
  ['LI', 'EEA', 'Liechtenstein', 'Liechtenstein'],
  ['NO', 'EEA', 'Norway', 'Norge'],
  ['AD', 'THIRD_COUNTRY', 'Andorra', 'Andorra'],
  ['AR', 'THIRD_COUNTRY', 'Argentina', 'Argentina'],
  ['AU', 'THIRD_COUNTRY', 'Australia', 'Australien'],
  ['AW', 'THIRD_COUNTRY', 'Aruba', 'Aruba'],
  ['BL', 'THIRD_COUNTRY', 'Saint Barthélemy', 'Saint-Barthélemy'],
  ['BQ', 'THIRD_COUNTRY', 'Caribbean Netherlands', 'Karibiska Nederländerna'],
  ['BR', 'THIRD_COUNTRY', 'Brazil', 'Brasilien'],
  ['CA', 'THIRD_COUNTRY', 'Canada', 'Kanada'],
  ['CH', 'THIRD_COUNTRY', 'Switzerland', 'Schweiz'],
  ['CN', 'THIRD_COUNTRY', 'China', 'Kina'],
  ['CW', 'THIRD_COUNTRY', 'Curaçao', 'Curaçao'],
  ['FO', 'THIRD_COUNTRY', 'Faroe Islands', 'Färöarna'],
  ['GB', 'THIRD_COUNTRY', 'United Kingdom', 'Storbritannien'],
  ['GG', 'THIRD_COUNTRY', 'Guernsey', 'Guernsey'],
  ['GI', 'THIRD_COUNTRY', 'Gibraltar', 'Gibraltar'],
  ['GL', 'THIRD_COUNTRY', 'Greenland', 'Grönland'],
  ['IL', 'THIRD_COUNTRY', 'Israel', 'Israel'],
  ['IM', 'THIRD_COUNTRY', 'Isle of Man', 'Isle of Man'],
  ['IN', 'THIRD_COUNTRY', 'India', 'Indien'],
  ['JE', 'THIRD_COUNTRY', 'Jersey', 'Jersey'],
  ['JP', 'THIRD_COUNTRY', 'Japan', 'Japan'],
  ['KR', 'THIRD_COUNTRY', 'Republic of Korea', 'Sydkorea'],
  ['MC', 'THIRD_COUNTRY', 'Monaco', 'Monaco'],
  ['NC', 'THIRD_COUNTRY', 'New Caledonia', 'Nya Kaledonien'],
  ['NZ', 'THIRD_COUNTRY', 'New Zealand', 'Nya Zeeland'],
  ['PF', 'THIRD_COUNTRY', 'French Polynesia', 'Franska Polynesien'],
  ['PM', 'THIRD_COUNTRY', 'Saint Pierre and Miquelon', 'Saint-Pierre och Miquelon'],
  ['RU', 'THIRD_COUNTRY', 'Russia', 'Ryssland'],
  ['SG', 'THIRD_COUNTRY', 'Singapore', 'Singapore'],
  ['SJ', 'THIRD_COUNTRY', 'Svalbard and Jan Mayen', 'Svalbard och Jan Mayen'],
  ['SM', 'THIRD_COUNTRY', 'San Marino', 'San Marino'],
  ['SX', 'THIRD_COUNTRY', 'Sint Maarten', 'Sint Maarten'],
  ['TF', 'THIRD_COUNTRY', 'French Southern Territories', 'Franska sydterritorierna'],
  ['US', 'THIRD_COUNTRY', 'United States', 'USA'],
  ['UY', 'THIRD_COUNTRY', 'Uruguay', 'Uruguay'],
  ['VA', 'THIRD_COUNTRY', 'Vatican City', 'Vatikanstaten'],
  ['WF', 'THIRD_COUNTRY', 'Wallis and Futuna', 'Wallis och Futuna'],
];

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  COUNTRY_ROWS.map(([code, region, english, swedish]) => [
    code,
    { code, region, names: { EN: english, SV: swedish } },
  ]),
);

type DecisionRow = Pick<
  AdequacyDecisionSnapshot,
  'id' | 'country' | 'legalAct' | 'adoptedOn' | 'effectiveFrom'
> &
  Partial<AdequacyDecisionSnapshot> & { eli: string };

// Every decision in force today and the historical US ones (assessment.md section 4; legal-facts.md).
const DECISION_ROWS: readonly DecisionRow[] = [
  {
    id: 'ad-2010-625',
    country: 'AD',
    legalAct: 'Commission Decision 2010/625/EU',
    adoptedOn: '2010-10-19',
    effectiveFrom: '2010-10-19',
    eli: 'dec/2010/625/oj',
  },
  {
    id: 'ar-2003-490',
    country: 'AR',
    legalAct: 'Commission Decision 2003/490/EC',
    adoptedOn: '2003-06-30',
    effectiveFrom: '2003-06-30',
    eli: 'dec/2003/490/oj',
  },
  {
    id: 'ca-2002-2',
    country: 'CA',
    legalAct: 'Commission Decision 2002/2/EC',
    adoptedOn: '2001-12-20',
    effectiveFrom: '2001-12-20',
    scope: 'PRIVATE_SECTOR',
    eli: 'dec/2002/2/oj',
  },
  {
    id: 'fo-2010-146',
    country: 'FO',
    legalAct: 'Commission Decision 2010/146/EU',
    adoptedOn: '2010-03-05',
    effectiveFrom: '2010-03-05',
    eli: 'dec/2010/146/oj',
  },
  {
    id: 'gg-2003-821',
    country: 'GG',
    legalAct: 'Commission Decision 2003/821/EC',
    adoptedOn: '2003-11-21',
    effectiveFrom: '2003-11-21',
    eli: 'dec/2003/821/oj',
  },
  {
    id: 'im-2004-411',
    country: 'IM',
    legalAct: 'Commission Decision 2004/411/EC',
    adoptedOn: '2004-04-28',
    effectiveFrom: '2004-04-28',
    eli: 'dec/2004/411/oj',
  },
  {
    id: 'il-2011-61',
    country: 'IL',
    legalAct: 'Commission Decision 2011/61/EU',
    adoptedOn: '2011-01-31',
    effectiveFrom: '2011-01-31',
    eli: 'dec/2011/61/oj',
  },
  {
    id: 'je-2008-393',
    country: 'JE',
    legalAct: 'Commission Decision 2008/393/EC',
    adoptedOn: '2008-05-08',
    effectiveFrom: '2008-05-08',
    eli: 'dec/2008/393/oj',
  },
  {
    id: 'nz-2013-65',
    country: 'NZ',
    legalAct: 'Commission Implementing Decision 2013/65/EU',
    adoptedOn: '2012-12-19',
    effectiveFrom: '2012-12-19',
    eli: 'dec_impl/2013/65/oj',
  },
  {
    id: 'ch-2000-518',
    country: 'CH',
    legalAct: 'Commission Decision 2000/518/EC',
    adoptedOn: '2000-07-26',
    effectiveFrom: '2000-07-26',
    eli: 'dec/2000/518/oj',
  },
  {
    id: 'uy-2012-484',
    country: 'UY',
    legalAct: 'Commission Implementing Decision 2012/484/EU',
    adoptedOn: '2012-08-21',
    effectiveFrom: '2012-08-21',
    eli: 'dec_impl/2012/484/oj',
  },
  {
    id: 'jp-2019-419',
    country: 'JP',
    legalAct: 'Commission Implementing Decision (EU) 2019/419',
    adoptedOn: '2019-01-23',
    effectiveFrom: '2019-01-23',
    scope: 'PRIVATE_SECTOR',
    eli: 'dec_impl/2019/419/oj',
  },
  {
    id: 'kr-2022-254',
    country: 'KR',
    legalAct: 'Commission Implementing Decision (EU) 2022/254',
    adoptedOn: '2021-12-17',
    effectiveFrom: '2021-12-17',
    eli: 'dec_impl/2022/254/oj',
  },
  {
    id: 'gb-2021-1772',
    country: 'GB',
    legalAct:
      'Commission Implementing Decision (EU) 2021/1772, extended by (EU) 2025/1226, renewed by (EU) 2025/2574',
    adoptedOn: '2021-06-28',
    effectiveFrom: '2021-06-28',
    // Sunset first 2025-06-27, extended to 2025-12-27, renewed to 2031-12-27: the current expiry.
    expiresOn: '2031-12-27',
    eli: 'dec_impl/2021/1772/oj',
  },
  {
    id: 'us-2000-520',
    country: 'US',
    legalAct: 'Commission Decision 2000/520/EC (Safe Harbour)',
    adoptedOn: '2000-07-26',
    effectiveFrom: '2000-07-26',
    // Annulled by the Court of Justice, C-362/14 Schrems.
    revokedOn: '2015-10-06',
    scope: 'CERTIFIED_ORGANISATIONS',
    certificationScheme: 'SAFE_HARBOUR',
    eli: 'dec/2000/520/oj',
  },
  {
    id: 'us-2016-1250',
    country: 'US',
    legalAct: 'Commission Implementing Decision (EU) 2016/1250 (EU-US Privacy Shield)',
    adoptedOn: '2016-07-12',
    effectiveFrom: '2016-08-01',
    // Annulled by the Court of Justice, C-311/18 Schrems II.
    revokedOn: '2020-07-16',
    scope: 'CERTIFIED_ORGANISATIONS',
    certificationScheme: 'PRIVACY_SHIELD',
    eli: 'dec_impl/2016/1250/oj',
  },
  {
    id: 'us-2023-1795',
    country: 'US',
    legalAct: 'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
    adoptedOn: '2023-07-10',
    effectiveFrom: '2023-07-10',
    scope: 'CERTIFIED_ORGANISATIONS',
    certificationScheme: 'EU_US_DPF',
    // Appeal C-703/25 P against the General Court's judgment in T-553/23 Latombe is pending.
    contested: true,
    eli: 'dec_impl/2023/1795/oj',
  },
  {
    id: 'br-2026-179',
    country: 'BR',
    legalAct: 'Commission Implementing Decision (EU) 2026/179',
    adoptedOn: '2026-01-26',
    effectiveFrom: '2026-01-26',
    eli: 'dec_impl/2026/179/oj',
  },
];

export const ADEQUACY_DECISIONS: readonly AdequacyDecisionSnapshot[] = DECISION_ROWS.map(
  ({ eli, ...row }) => ({
    expiresOn: null,
    revokedOn: null,
    scope: 'FULL',
    certificationScheme: null,
    contested: false,
    sourceUrl: `https://eur-lex.europa.eu/eli/${eli}`,
    ...row,
  }),
);

export const referenceFactory = defineFactory<ReferenceSnapshot>((_sequence, overrides) => ({
  countries: COUNTRIES,
  adequacyDecisions: ADEQUACY_DECISIONS,
  dataVersion: 'test-2026-07',
  dataAsOf: '2026-07-01',
  ...overrides,
}));
