// The assessor's plain-data model: what goes in (a snapshot of the registry and the reference data)
// and what comes out (transfers and findings). Pure TypeScript: no framework, no I/O.
// Names written LIKE_THIS are the public contract of ../shared/spec/assessment.md.

/** A calendar date, `YYYY-MM-DD`. Compared as strings, which orders them correctly. */
export type IsoDate = string;
/** ISO 3166-1 alpha-2, upper case, already normalised (`GB`, never `UK`). */
export type CountryCode = string;

export const REGIONS = ['EU', 'EEA', 'THIRD_COUNTRY'] as const;
export type Region = (typeof REGIONS)[number];

export const ADEQUACY_SCOPES = ['FULL', 'CERTIFIED_ORGANISATIONS', 'PRIVATE_SECTOR'] as const;
export type AdequacyScope = (typeof ADEQUACY_SCOPES)[number];

export const CERTIFICATION_SCHEMES = ['EU_US_DPF', 'PRIVACY_SHIELD', 'SAFE_HARBOUR'] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

export const DPA_STATUSES = ['SIGNED', 'PENDING', 'NONE'] as const;
export type DpaStatus = (typeof DPA_STATUSES)[number];

export const SUBPROCESSOR_AUTHORISATIONS = ['GENERAL', 'SPECIFIC', 'NONE'] as const;
export type SubprocessorAuthorisation = (typeof SUBPROCESSOR_AUTHORISATIONS)[number];

/** ESTABLISHMENT is never recorded: the assessor adds it for an importer established in a third country. */
export const PROCESSING_ACTIVITIES = [
  'HOSTING',
  'BACKUP',
  'REMOTE_ACCESS',
  'PROCESSING',
  'ESTABLISHMENT',
] as const;
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[number];
export const RECORDED_PROCESSING_ACTIVITIES = ['HOSTING', 'BACKUP', 'REMOTE_ACCESS', 'PROCESSING'] as const;
export type RecordedProcessingActivity = (typeof RECORDED_PROCESSING_ACTIVITIES)[number];

/** In the order in which they decide a transfer (assessment.md section 6, step 2). */
export const SAFEGUARD_MECHANISMS = [
  'SCC_2021',
  'SCC_LEGACY',
  'BCR',
  'CODE_OF_CONDUCT',
  'CERTIFICATION',
  'AD_HOC_CLAUSES',
  'DEROGATION',
] as const;
export type SafeguardMechanism = (typeof SAFEGUARD_MECHANISMS)[number];

export const SCC_MODULES = ['C2C', 'C2P', 'P2P', 'P2C'] as const;
export type SccModule = (typeof SCC_MODULES)[number];

export const TRANSFER_BASES = ['ADEQUACY', 'SCC', 'BCR', 'OTHER_SAFEGUARD', 'DEROGATION', 'NONE'] as const;
export type TransferBasis = (typeof TRANSFER_BASES)[number];

export const TRANSFER_STATUSES = ['COVERED', 'AT_RISK', 'NOT_COVERED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Most severe first. */
export const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_CODES = [
  'TRANSFER_WITHOUT_SAFEGUARD',
  'SCC_OUTDATED',
  'SCC_MODULE_MISMATCH',
  'TIA_MISSING',
  'DEROGATION_RELIED_ON',
  'ADEQUACY_SCOPE_NOT_MET',
  'ADEQUACY_EXPIRING',
  'ADEQUACY_CONTESTED',
  'DPA_MISSING',
  'DPA_PENDING',
  'DPA_EXPIRED',
  'DPA_EXPIRING',
  'SUBPROCESSOR_NOT_AUTHORISED',
  'LOCATION_UNKNOWN',
  'FOREIGN_LAW_EXPOSURE',
  'CHAIN_CYCLE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const LANGUAGES = ['EN', 'SV'] as const;
export type Language = (typeof LANGUAGES)[number];

// ---------------------------------------------------------------------------------------------
// Input: reference data
// ---------------------------------------------------------------------------------------------

export interface CountryInfo {
  code: CountryCode;
  region: Region;
  /** Display names, used in messages. */
  names: Readonly<Record<Language, string>>;
}

export interface AdequacyDecisionSnapshot {
  id: string;
  country: CountryCode;
  legalAct: string;
  adoptedOn: IsoDate;
  effectiveFrom: IsoDate;
  expiresOn: IsoDate | null;
  revokedOn: IsoDate | null;
  scope: AdequacyScope;
  /** Set exactly when scope is CERTIFIED_ORGANISATIONS. */
  certificationScheme: CertificationScheme | null;
  contested: boolean;
  sourceUrl: string;
}

export interface ReferenceSnapshot {
  /** Every known country. A code missing here is a programming error (inputs are validated before). */
  countries: ReadonlyMap<CountryCode, CountryInfo>;
  adequacyDecisions: readonly AdequacyDecisionSnapshot[];
  /** How fresh the legal picture is: the reference data's own version and "as of" date. */
  dataVersion: string;
  dataAsOf: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Input: the registry
// ---------------------------------------------------------------------------------------------

export interface ControllerSnapshot {
  key: string;
  name: string;
  country: CountryCode;
}

export interface CertificationSnapshot {
  scheme: CertificationScheme;
  validFrom: IsoDate | null;
  validUntil: IsoDate | null;
}

export interface ProcessorSnapshot {
  key: string;
  name: string;
  country: CountryCode;
  parentCountry: CountryCode | null;
  publicBody: boolean;
  certifications: readonly CertificationSnapshot[];
}

export interface DpaSnapshot {
  status: DpaStatus;
  signedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}

export interface LocationSnapshot {
  country: CountryCode;
  activity: RecordedProcessingActivity;
}

export interface SafeguardSnapshot {
  mechanism: SafeguardMechanism;
  module: SccModule | null;
  signedOn: IsoDate | null;
  /** Empty: applies to every destination of the engagement. */
  countries: readonly CountryCode[];
  tiaCompletedOn: IsoDate | null;
}

export interface EngagementSnapshot {
  id: string;
  key: string;
  /** Key of a controller or a processor. */
  client: string;
  /** Key of a processor. */
  processor: string;
  service: string;
  dpa: DpaSnapshot;
  /** null when the client is a controller; for a processor client, null counts as NONE. */
  authorisation: SubprocessorAuthorisation | null;
  /** In the order recorded: the first activity listed for a country is the transfer's activity. */
  locations: readonly LocationSnapshot[];
  /** In the order recorded: the last tie-break when choosing the deciding safeguard. */
  safeguards: readonly SafeguardSnapshot[];
}

export interface RegistrySnapshot {
  controllers: readonly ControllerSnapshot[];
  processors: readonly ProcessorSnapshot[];
  engagements: readonly EngagementSnapshot[];
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

export interface AssessmentAssumptions {
  /** Every adequacy decision for these countries is treated as revoked from asOf on ("what if the DPF falls"). */
  revokedAdequacy?: readonly CountryCode[];
}

export interface AssessmentOptions {
  /** The date the assessment is made for; not before 2018-05-25 (the GDPR's start). */
  asOf: IsoDate;
  assumptions?: AssessmentAssumptions;
  /** Restrict the result to what this controller reaches (assessment.md section 6, last paragraph). */
  controllerKey?: string;
  /** DPA_EXPIRING window in days; default 60. */
  dpaExpiryWindowDays?: number;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** A reference to a party as it appears in a chain or a finding. */
export interface PartyRef {
  key: string;
  kind: 'CONTROLLER' | 'PROCESSOR';
}

export interface Finding {
  /** Deterministic: the same finding gets the same id in every run (used to compare reports). */
  id: string;
  code: FindingCode;
  severity: Severity;
  /** The article or act, e.g. "GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914". */
  legalReference: string;
  /** Set on transfer findings. */
  controller: string | null;
  /** Engagement id; set on transfer and engagement findings. */
  engagement: string | null;
  /** Transfer id; set on transfer findings. */
  transfer: string | null;
  /** Keys of the organisations concerned: the importer; the engaged processor; a cycle's members (sorted). */
  processors: readonly string[];
  /**
   * Everything the message and remediation need (names, countries, dates), already resolved from the
   * snapshot, so that describeFinding() needs nothing else.
   */
  details: FindingDetails;
}

/** Resolved facts a finding's text is built from. Only the ones the code needs are set. */
export interface FindingDetails {
  controller?: NamedRef;
  exporter?: NamedRef;
  importer?: NamedRef;
  processor?: NamedRef;
  client?: NamedRef;
  /** Kind of the engagement's client: the exporter on transfer findings, the client on engagement findings. */
  clientKind?: PartyRef['kind'];
  /** The engaged processor's (or importer's) country of establishment. */
  processorCountry?: CountryRef;
  engagementKey?: string;
  service?: string;
  destination?: CountryRef;
  activity?: ProcessingActivity;
  parentCountry?: CountryRef;
  adequacy?: {
    legalAct: string;
    scope: AdequacyScope;
    certificationScheme: CertificationScheme | null;
    expiresOn: IsoDate | null;
  };
  safeguard?: {
    mechanism: SafeguardMechanism;
    module: SccModule | null;
    signedOn: IsoDate | null;
    tiaCompletedOn: IsoDate | null;
  };
  expectedModule?: SccModule;
  dpa?: { status: DpaStatus; signedOn: IsoDate | null; expiresOn: IsoDate | null; daysLeft?: number };
  cycle?: readonly NamedRef[];
  asOf: IsoDate;
}

export interface NamedRef {
  key: string;
  name: string;
}

export interface CountryRef {
  code: CountryCode;
  names: Readonly<Record<Language, string>>;
}

export interface Transfer {
  /** Deterministic: `<controller key>:<engagement key>:<destination>`. */
  id: string;
  controller: string;
  /** Key of the exporter (the engagement's client). */
  exporter: string;
  /** Key of the importer (the engagement's processor). */
  importer: string;
  /** Engagement id. */
  engagement: string;
  /** Party keys: the controller first, then the shortest path to the exporter, then the importer. */
  chain: readonly string[];
  destination: CountryCode;
  activity: ProcessingActivity;
  implied: boolean;
  basis: TransferBasis;
  /** Id of the adequacy decision when basis is ADEQUACY. */
  adequacyDecision: string | null;
  /** Index into the engagement's safeguards of the deciding safeguard (basis SCC, BCR, OTHER_SAFEGUARD, DEROGATION). */
  safeguardIndex: number | null;
  status: TransferStatus;
  /** Sorted like Assessment.findings. */
  findings: readonly Finding[];
}

export interface AssessmentSummary {
  transfers: number;
  covered: number;
  atRisk: number;
  notCovered: number;
  critical: number;
  warning: number;
  info: number;
}

export interface Assessment {
  asOf: IsoDate;
  controllerKey: string | null;
  assumptions: { revokedAdequacy: readonly CountryCode[] };
  referenceData: { version: string; asOf: IsoDate };
  /** Sorted by controller key, then engagement key, then destination code. */
  transfers: readonly Transfer[];
  /** Every finding: transfer, engagement and graph findings; sorted (see findings.ts). */
  findings: readonly Finding[];
  summary: AssessmentSummary;
}
