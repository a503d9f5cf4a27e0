// The shape of a rule (one row of the rule table in rules.ts) and the facts each kind of rule judges.
import {
  type AdequacyDecisionSnapshot,
  type CountryInfo,
  type CountryCode,
  type EngagementSnapshot,
  type Finding,
  type FindingCode,
  type FindingDetails,
  type IsoDate,
  type Language,
  type NamedRef,
  type ProcessorSnapshot,
  type Region,
  type Severity,
  type TransferBasis,
} from './model';
import { type IndexedSafeguard, type PartyKind } from './safeguards';

/** What a transfer rule sees: one (engagement, destination) pair, decided. Independent of the controller. */
export interface TransferRuleContext {
  readonly asOf: IsoDate;
  /** asOf + 180 days: ADEQUACY_EXPIRING's horizon. */
  readonly adequacyHorizon: IsoDate;
  readonly exporterKind: PartyKind;
  readonly importer: ProcessorSnapshot;
  readonly destination: CountryCode;
  /** The destination's decision in force on asOf, after the what-if assumptions; null when none. */
  readonly adequacy: AdequacyDecisionSnapshot | null;
  /** Whether that decision's scope covers the importer. */
  readonly adequacyCovers: boolean;
  /** Safeguards of the engagement that apply to the destination on asOf, in recorded order. */
  readonly applicable: readonly IndexedSafeguard[];
  /** The deciding safeguard when the basis is a safeguard. */
  readonly deciding: IndexedSafeguard | null;
  readonly basis: TransferBasis;
}

/** What an engagement rule sees: one engagement, whether or not a controller reaches it. */
export interface EngagementRuleContext {
  readonly asOf: IsoDate;
  /** asOf + the DPA expiry window. */
  readonly dpaHorizon: IsoDate;
  readonly engagement: EngagementSnapshot;
  readonly clientKind: PartyKind;
  readonly processor: ProcessorSnapshot;
  readonly processorCountry: CountryInfo;
  readonly locationRegions: readonly Region[];
  readonly parentCountry: CountryInfo | null;
  /** The parent country's decision in force on asOf, after the what-if assumptions. */
  readonly parentDecision: AdequacyDecisionSnapshot | null;
}

/** What the graph rule sees: one cycle, members sorted by key. */
export interface CycleRuleContext {
  readonly asOf: IsoDate;
  readonly members: readonly NamedRef[];
}

/** The code-specific details a rule adds when it fires (the common ones are filled in by the caller). */
export type RuleFacts = Partial<FindingDetails>;

/** Why the finding fired and what to do about it, in one language. */
export interface Explanation {
  message(finding: Finding): string;
  remediation(finding: Finding): string;
}

interface RuleRow<Scope extends string, Context> {
  readonly code: FindingCode;
  /** Where the finding is attached: a transfer, an engagement, or the graph. */
  readonly scope: Scope;
  readonly severity: Severity | ((context: Context) => Severity);
  readonly legalReference: string | ((context: Context) => string);
  /** The facts to report when the rule fires, or null when it does not. */
  readonly detect: (context: Context) => RuleFacts | null;
  readonly explain: Readonly<Record<Language, Explanation>>;
}

export type TransferRule = RuleRow<'TRANSFER', TransferRuleContext>;
export type EngagementRule = RuleRow<'ENGAGEMENT', EngagementRuleContext>;
export type GraphRule = RuleRow<'GRAPH', CycleRuleContext>;
export type Rule = TransferRule | EngagementRule | GraphRule;

export function severityOf<Context>(
  rule: { readonly severity: Severity | ((context: Context) => Severity) },
  context: Context,
): Severity {
  return typeof rule.severity === 'function' ? rule.severity(context) : rule.severity;
}

export function legalReferenceOf<Context>(
  rule: { readonly legalReference: string | ((context: Context) => string) },
  context: Context,
): string {
  return typeof rule.legalReference === 'function' ? rule.legalReference(context) : rule.legalReference;
}
