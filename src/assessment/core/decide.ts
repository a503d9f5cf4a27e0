// Per-engagement work that does not depend on the controller: the destinations of an engagement, the
// decision of each (engagement, destination) pair with its findings, and the engagement findings. The
// exporter's kind (which decides the SCC module) is a property of the engagement, so all of it is computed
// once and shared by every controller that reaches the engagement.
import { decisionCoversImporter } from './adequacy';
import { countryInfo, countryRef } from './countries';
import { engagementFindingId } from './findings';
import {
  type AdequacyDecisionSnapshot,
  type CountryCode,
  type EngagementSnapshot,
  type Finding,
  type FindingCode,
  type FindingDetails,
  type IsoDate,
  type NamedRef,
  type ProcessingActivity,
  type ProcessorSnapshot,
  type ReferenceSnapshot,
  type Severity,
  type TransferBasis,
  type TransferStatus,
} from './model';
import {
  type EngagementRuleContext,
  legalReferenceOf,
  severityOf,
  type TransferRuleContext,
} from './rule-context';
import { CODE_RANK, ENGAGEMENT_RULES, TRANSFER_RULES } from './rules';
import {
  applicableSafeguards,
  basisOf,
  expectedModule,
  type PartyKind,
  selectDecidingSafeguard,
} from './safeguards';

/** What assess() resolved once: dates, reference lookups, the parties. */
export interface AssessmentContext {
  readonly asOf: IsoDate;
  readonly adequacyHorizon: IsoDate;
  readonly dpaHorizon: IsoDate;
  readonly reference: ReferenceSnapshot;
  /** Each country's decision in force on asOf, after the what-if assumptions. */
  readonly adequacy: ReadonlyMap<CountryCode, AdequacyDecisionSnapshot>;
  readonly processors: ReadonlyMap<string, ProcessorSnapshot>;
  readonly kindOf: (key: string) => PartyKind;
  readonly namedRef: (key: string) => NamedRef;
}

/** A transfer finding before it is tied to a controller. */
export interface FindingDraft {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly legalReference: string;
  readonly details: FindingDetails;
}

/** The controller-independent part of a transfer. */
export interface DestinationDecision {
  readonly destination: CountryCode;
  readonly activity: ProcessingActivity;
  readonly implied: boolean;
  readonly basis: TransferBasis;
  readonly adequacyDecision: string | null;
  readonly safeguardIndex: number | null;
  readonly status: TransferStatus;
  /** Sorted by severity, then code. */
  readonly drafts: readonly FindingDraft[];
}

interface Destination {
  readonly country: CountryCode;
  readonly activity: ProcessingActivity;
  readonly implied: boolean;
}

/**
 * The engagement's third-country destinations, sorted by code: the countries of its locations (the first
 * activity listed for a country wins), plus the importer's country of establishment when that is a third
 * country not already listed (implied, ESTABLISHMENT: the data are made available to it there).
 */
export function thirdCountryDestinations(
  engagement: EngagementSnapshot,
  importer: ProcessorSnapshot,
  reference: ReferenceSnapshot,
): Destination[] {
  const seen = new Set<CountryCode>();
  const destinations: Destination[] = [];
  for (const location of engagement.locations) {
    if (seen.has(location.country)) continue;
    seen.add(location.country);
    const info = countryInfo(reference, location.country, `location of engagement ${engagement.key}`);
    if (info.region === 'THIRD_COUNTRY') {
      destinations.push({ country: location.country, activity: location.activity, implied: false });
    }
  }
  const establishment = countryInfo(reference, importer.country, `country of processor ${importer.key}`);
  if (establishment.region === 'THIRD_COUNTRY' && !seen.has(importer.country)) {
    destinations.push({ country: importer.country, activity: 'ESTABLISHMENT', implied: true });
  }
  return destinations.sort((left, right) =>
    left.country < right.country ? -1 : left.country > right.country ? 1 : 0,
  );
}

function bySeverityAndCode(left: FindingDraft, right: FindingDraft): number {
  const severityOrder = { CRITICAL: 0, WARNING: 1, INFO: 2 } as const;
  return (
    severityOrder[left.severity] - severityOrder[right.severity] ||
    CODE_RANK.get(left.code)! - CODE_RANK.get(right.code)!
  );
}

/** Section 6: adequacy covering the importer, else the best valid applicable safeguard, else NONE. */
export function decideDestinations(
  engagement: EngagementSnapshot,
  context: AssessmentContext,
): DestinationDecision[] {
  const importer = context.processors.get(engagement.processor)!;
  const exporterKind = context.kindOf(engagement.client);
  const common = {
    exporter: context.namedRef(engagement.client),
    importer: context.namedRef(engagement.processor),
    clientKind: exporterKind,
    engagementKey: engagement.key,
    service: engagement.service,
    expectedModule: expectedModule(exporterKind),
    asOf: context.asOf,
  };
  return thirdCountryDestinations(engagement, importer, context.reference).map((destination) => {
    const adequacy = context.adequacy.get(destination.country) ?? null;
    const adequacyCovers = adequacy !== null && decisionCoversImporter(adequacy, importer, context.asOf);
    const applicable = applicableSafeguards(engagement.safeguards, destination.country, context.asOf);
    const deciding = adequacyCovers ? null : selectDecidingSafeguard(applicable, exporterKind, context.asOf);
    const basis: TransferBasis = adequacyCovers
      ? 'ADEQUACY'
      : deciding === null
        ? 'NONE'
        : basisOf(deciding.safeguard.mechanism);
    const ruleContext: TransferRuleContext = {
      asOf: context.asOf,
      adequacyHorizon: context.adequacyHorizon,
      exporterKind,
      importer,
      destination: destination.country,
      adequacy,
      adequacyCovers,
      applicable,
      deciding,
      basis,
    };
    const base: FindingDetails = {
      ...common,
      destination: countryRef(
        countryInfo(context.reference, destination.country, `engagement ${engagement.key}`),
      ),
      activity: destination.activity,
    };
    const drafts: FindingDraft[] = [];
    for (const rule of TRANSFER_RULES) {
      const facts = rule.detect(ruleContext);
      if (facts === null) continue;
      drafts.push({
        code: rule.code,
        severity: severityOf(rule, ruleContext),
        legalReference: legalReferenceOf(rule, ruleContext),
        details: { ...base, ...facts },
      });
    }
    drafts.sort(bySeverityAndCode);
    const status: TransferStatus =
      basis === 'NONE'
        ? 'NOT_COVERED'
        : drafts.some((draft) => draft.severity !== 'INFO')
          ? 'AT_RISK'
          : 'COVERED';
    return {
      destination: destination.country,
      activity: destination.activity,
      implied: destination.implied,
      basis,
      adequacyDecision: adequacyCovers ? adequacy.id : null,
      safeguardIndex: deciding === null ? null : deciding.index,
      status,
      drafts,
    };
  });
}

/** The engagement findings (section 6, second table), raised whatever reaches the engagement. */
export function engagementFindings(engagement: EngagementSnapshot, context: AssessmentContext): Finding[] {
  const processor = context.processors.get(engagement.processor)!;
  const processorCountry = countryInfo(
    context.reference,
    processor.country,
    `country of processor ${processor.key}`,
  );
  const parentCountry =
    processor.parentCountry === null
      ? null
      : countryInfo(
          context.reference,
          processor.parentCountry,
          `parent country of processor ${processor.key}`,
        );
  const clientKind = context.kindOf(engagement.client);
  const ruleContext: EngagementRuleContext = {
    asOf: context.asOf,
    dpaHorizon: context.dpaHorizon,
    engagement,
    clientKind,
    processor,
    processorCountry,
    locationRegions: engagement.locations.map(
      (location) =>
        countryInfo(context.reference, location.country, `location of engagement ${engagement.key}`).region,
    ),
    parentCountry,
    parentDecision: parentCountry === null ? null : (context.adequacy.get(parentCountry.code) ?? null),
  };
  const base: FindingDetails = {
    client: context.namedRef(engagement.client),
    clientKind,
    processor: context.namedRef(engagement.processor),
    processorCountry: countryRef(processorCountry),
    engagementKey: engagement.key,
    service: engagement.service,
    asOf: context.asOf,
  };
  const processors = [engagement.processor];
  const findings: Finding[] = [];
  for (const rule of ENGAGEMENT_RULES) {
    const facts = rule.detect(ruleContext);
    if (facts === null) continue;
    findings.push({
      id: engagementFindingId(rule.code, engagement.key),
      code: rule.code,
      severity: severityOf(rule, ruleContext),
      legalReference: legalReferenceOf(rule, ruleContext),
      controller: null,
      engagement: engagement.id,
      transfer: null,
      processors,
      details: { ...base, ...facts },
    });
  }
  return findings;
}
