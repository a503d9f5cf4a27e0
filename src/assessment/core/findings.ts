// The findings' deterministic order and ids (assessment.md: stable order; ids compared across reports).
import { type Finding, SEVERITIES, type Severity } from './model';
import { CODE_RANK } from './rules';

const SEVERITY_RANK: ReadonlyMap<Severity, number> = new Map(
  SEVERITIES.map((severity, rank) => [severity, rank]),
);

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

interface SortKey {
  readonly finding: Finding;
  readonly rank: number;
  readonly controller: string;
  readonly engagement: string;
  readonly destination: string;
  readonly processors: string;
}

function sortKeyOf(finding: Finding): SortKey {
  return {
    finding,
    rank: SEVERITY_RANK.get(finding.severity)! * 100 + CODE_RANK.get(finding.code)!,
    controller: finding.controller ?? '',
    engagement: finding.details.engagementKey ?? '',
    destination: finding.details.destination?.code ?? '',
    processors: finding.processors.join(','),
  };
}

function compareSortKeys(left: SortKey, right: SortKey): number {
  return (
    left.rank - right.rank ||
    compareStrings(left.controller, right.controller) ||
    compareStrings(left.engagement, right.engagement) ||
    compareStrings(left.destination, right.destination) ||
    compareStrings(left.processors, right.processors) ||
    compareStrings(left.finding.id, right.finding.id)
  );
}

/**
 * Severity (CRITICAL, WARNING, INFO), then FINDING_CODES order, then controller key, engagement key and
 * destination ('' when absent), then the processors joined; the id breaks any remaining tie.
 */
export function compareFindings(left: Finding, right: Finding): number {
  return compareSortKeys(sortKeyOf(left), sortKeyOf(right));
}

/** A sorted copy (keys computed once per finding, not once per comparison). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map(sortKeyOf)
    .sort(compareSortKeys)
    .map((key) => key.finding);
}

export function transferId(controllerKey: string, engagementKey: string, destination: string): string {
  return `${controllerKey}:${engagementKey}:${destination}`;
}

export function transferFindingId(code: string, transfer: string): string {
  return `${code}:${transfer}`;
}

export function engagementFindingId(code: string, engagementKey: string): string {
  return `${code}:${engagementKey}`;
}

export function cycleFindingId(members: readonly string[]): string {
  return `CHAIN_CYCLE:${members.join(',')}`;
}
