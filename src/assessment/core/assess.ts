// The transfer assessor: a pure function from a registry snapshot, the reference data and the options to
// the transfers and findings of assessment.md sections 3 to 6.
import { decisionsInForce } from './adequacy';
import { GDPR_APPLICATION_DATE, isIsoDate, windowEnd } from './dates';
import {
  type AssessmentContext,
  decideDestinations,
  type DestinationDecision,
  engagementFindings,
} from './decide';
import {
  InconsistentSnapshotError,
  InvalidAsOfError,
  InvalidAssessmentOptionError,
  UnknownControllerError,
} from './errors';
import { cycleFindingId, sortFindings, transferFindingId, transferId } from './findings';
import { findCycles, buildEngagementGraph, ShortestPathTree } from './graph';
import {
  type Assessment,
  type AssessmentOptions,
  type AssessmentSummary,
  type ControllerSnapshot,
  type CountryCode,
  type EngagementSnapshot,
  type Finding,
  type IsoDate,
  type NamedRef,
  type ProcessorSnapshot,
  type RegistrySnapshot,
  type ReferenceSnapshot,
  type Transfer,
} from './model';
import { type CycleRuleContext, legalReferenceOf, severityOf } from './rule-context';
import { GRAPH_RULES } from './rules';
import { type PartyKind } from './safeguards';

export const DEFAULT_DPA_EXPIRY_WINDOW_DAYS = 60;
/** ADEQUACY_EXPIRING looks this far ahead. */
export const ADEQUACY_EXPIRY_WINDOW_DAYS = 180;
const MAX_WINDOW_DAYS = 36_525;
/** Shared by every transfer without findings (most of them): results are read-only. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function compareKeys(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function validateAsOf(asOf: unknown): IsoDate {
  if (!isIsoDate(asOf)) throw new InvalidAsOfError(String(asOf), 'NOT_A_DATE');
  // The GDPR applies from 2018-05-25 (Art. 99(2)).
  if (asOf < GDPR_APPLICATION_DATE) throw new InvalidAsOfError(asOf, 'BEFORE_GDPR');
  return asOf;
}

function validateWindow(days: number | undefined): number {
  if (days === undefined) return DEFAULT_DPA_EXPIRY_WINDOW_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > MAX_WINDOW_DAYS) {
    throw new InvalidAssessmentOptionError(
      'dpaExpiryWindowDays',
      days,
      `a whole number of days from 0 to ${MAX_WINDOW_DAYS}`,
    );
  }
  return days;
}

interface RegistryIndex {
  readonly controllers: ReadonlyMap<string, ControllerSnapshot>;
  readonly processors: ReadonlyMap<string, ProcessorSnapshot>;
}

/** Keys unique across parties, engagement ids and keys unique, engagements between known parties. */
function indexRegistry(registry: RegistrySnapshot): RegistryIndex {
  const problems: string[] = [];
  const controllers = new Map<string, ControllerSnapshot>();
  const processors = new Map<string, ProcessorSnapshot>();
  for (const controller of registry.controllers) {
    if (controllers.has(controller.key)) problems.push(`duplicate party key ${controller.key}`);
    controllers.set(controller.key, controller);
  }
  for (const processor of registry.processors) {
    if (controllers.has(processor.key) || processors.has(processor.key)) {
      problems.push(`duplicate party key ${processor.key}`);
    }
    processors.set(processor.key, processor);
  }
  const engagementIds = new Set<string>();
  const engagementKeys = new Set<string>();
  for (const engagement of registry.engagements) {
    if (engagementIds.has(engagement.id)) problems.push(`duplicate engagement id ${engagement.id}`);
    if (engagementKeys.has(engagement.key)) problems.push(`duplicate engagement key ${engagement.key}`);
    engagementIds.add(engagement.id);
    engagementKeys.add(engagement.key);
    if (!controllers.has(engagement.client) && !processors.has(engagement.client)) {
      problems.push(`engagement ${engagement.key}: unknown client ${engagement.client}`);
    }
    if (!processors.has(engagement.processor)) {
      problems.push(`engagement ${engagement.key}: ${engagement.processor} is not a processor`);
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    if (problems.length > shown.length) shown.push(`and ${problems.length - shown.length} more`);
    throw new InconsistentSnapshotError(shown);
  }
  return { controllers, processors };
}

function summarise(transfers: readonly Transfer[], findings: readonly Finding[]): AssessmentSummary {
  const summary = {
    transfers: transfers.length,
    covered: 0,
    atRisk: 0,
    notCovered: 0,
    critical: 0,
    warning: 0,
    info: 0,
  };
  for (const transfer of transfers) {
    if (transfer.status === 'COVERED') summary.covered++;
    else if (transfer.status === 'AT_RISK') summary.atRisk++;
    else summary.notCovered++;
  }
  for (const finding of findings) {
    if (finding.severity === 'CRITICAL') summary.critical++;
    else if (finding.severity === 'WARNING') summary.warning++;
    else summary.info++;
  }
  return summary;
}

/**
 * Assesses every transfer of the registry on `options.asOf` (or only those of `options.controllerKey`).
 * Throws InvalidAsOfError, UnknownControllerError, InvalidAssessmentOptionError or InconsistentSnapshotError.
 */
export function assess(
  registry: RegistrySnapshot,
  reference: ReferenceSnapshot,
  options: AssessmentOptions,
): Assessment {
  const asOf = validateAsOf(options.asOf);
  const windowDays = validateWindow(options.dpaExpiryWindowDays);
  const revokedAdequacy: CountryCode[] = [...new Set(options.assumptions?.revokedAdequacy ?? [])].sort(
    compareKeys,
  );
  const { controllers, processors } = indexRegistry(registry);
  const controllerKey = options.controllerKey;
  if (controllerKey !== undefined && !controllers.has(controllerKey))
    throw new UnknownControllerError(controllerKey);

  const namedRefs = new Map<string, NamedRef>();
  const context: AssessmentContext = {
    asOf,
    adequacyHorizon: windowEnd(asOf, ADEQUACY_EXPIRY_WINDOW_DAYS),
    dpaHorizon: windowEnd(asOf, windowDays),
    reference,
    adequacy: decisionsInForce(reference.adequacyDecisions, asOf, new Set(revokedAdequacy)),
    processors,
    kindOf: (key): PartyKind => (controllers.has(key) ? 'CONTROLLER' : 'PROCESSOR'),
    namedRef: (key) => {
      let ref = namedRefs.get(key);
      if (ref === undefined) {
        ref = { key, name: (controllers.get(key) ?? processors.get(key))?.name ?? key };
        namedRefs.set(key, ref);
      }
      return ref;
    },
  };

  const graph = buildEngagementGraph(registry.engagements);
  const engagementsInOrder = [...registry.engagements].sort((left, right) =>
    compareKeys(left.key, right.key),
  );
  const decisions = new Map<EngagementSnapshot, readonly DestinationDecision[]>();
  const decisionsOf = (engagement: EngagementSnapshot): readonly DestinationDecision[] => {
    let result = decisions.get(engagement);
    if (result === undefined) {
      result = decideDestinations(engagement, context);
      decisions.set(engagement, result);
    }
    return result;
  };

  const assessed = (
    controllerKey === undefined ? [...controllers.values()] : [controllers.get(controllerKey)!]
  ).sort((left, right) => compareKeys(left.key, right.key));
  const transfers: Transfer[] = [];
  const findings: Finding[] = [];
  let filterTree: ShortestPathTree | null = null;

  for (const controller of assessed) {
    const tree = new ShortestPathTree(controller.key, graph);
    if (controllerKey !== undefined) filterTree = tree;
    const controllerRef = context.namedRef(controller.key);
    for (const engagement of engagementsInOrder) {
      // The engagement is reachable when its client is the controller or a processor it reaches.
      if (!tree.reaches(engagement.client)) continue;
      const destinations = decisionsOf(engagement);
      if (destinations.length === 0) continue;
      // Shortest path to the exporter, then the importer; shared by the engagement's destinations.
      const chain = [...tree.pathTo(engagement.client)!, engagement.processor];
      const importers = [engagement.processor];
      for (const decision of destinations) {
        const id = transferId(controller.key, engagement.key, decision.destination);
        const transferFindings: readonly Finding[] =
          decision.drafts.length === 0
            ? NO_FINDINGS
            : decision.drafts.map((draft): Finding => ({
                id: transferFindingId(draft.code, id),
                code: draft.code,
                severity: draft.severity,
                legalReference: draft.legalReference,
                controller: controller.key,
                engagement: engagement.id,
                transfer: id,
                processors: importers,
                details: { controller: controllerRef, ...draft.details },
              }));
        findings.push(...transferFindings);
        transfers.push({
          id,
          controller: controller.key,
          exporter: engagement.client,
          importer: engagement.processor,
          engagement: engagement.id,
          chain,
          destination: decision.destination,
          activity: decision.activity,
          implied: decision.implied,
          basis: decision.basis,
          adequacyDecision: decision.adequacyDecision,
          safeguardIndex: decision.safeguardIndex,
          status: decision.status,
          findings: transferFindings,
        });
      }
    }
  }

  // Engagement findings: every engagement, or with the filter those the controller reaches.
  for (const engagement of engagementsInOrder) {
    if (filterTree !== null && !filterTree.reaches(engagement.client)) continue;
    findings.push(...engagementFindings(engagement, context));
  }

  // Graph findings: every cycle, or with the filter those with a member the controller reaches.
  const [cycleRule] = GRAPH_RULES;
  for (const members of findCycles(graph, [...processors.keys()])) {
    if (filterTree !== null && !members.some((member) => filterTree.reaches(member))) continue;
    const ruleContext: CycleRuleContext = { asOf, members: members.map(context.namedRef) };
    const facts = cycleRule.detect(ruleContext);
    if (facts === null) continue;
    findings.push({
      id: cycleFindingId(members),
      code: cycleRule.code,
      severity: severityOf(cycleRule, ruleContext),
      legalReference: legalReferenceOf(cycleRule, ruleContext),
      controller: null,
      engagement: null,
      transfer: null,
      processors: members,
      details: { asOf, ...facts },
    });
  }

  const sortedFindings = sortFindings(findings);
  return {
    asOf,
    controllerKey: controllerKey ?? null,
    assumptions: { revokedAdequacy },
    referenceData: { version: reference.dataVersion, asOf: reference.dataAsOf },
    transfers,
    findings: sortedFindings,
    summary: summarise(transfers, sortedFindings),
  };
}
