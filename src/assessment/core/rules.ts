// The rule table: one row per finding code, in FINDING_CODES order. Each row says where the finding is
// attached, its severity, its legal reference, when it fires, and how to explain it in English and Swedish.
import { ENGAGEMENT_RULES } from './engagement-rules';
import { GRAPH_RULES } from './graph-rules';
import { FINDING_CODES, type FindingCode } from './model';
import { type Rule } from './rule-context';
import { TRANSFER_RULES } from './transfer-rules';

export { ENGAGEMENT_RULES, GRAPH_RULES, TRANSFER_RULES };

export const RULES: readonly Rule[] = [...TRANSFER_RULES, ...ENGAGEMENT_RULES, ...GRAPH_RULES];

const RULES_BY_CODE: ReadonlyMap<FindingCode, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));

// The table must list every code once, in the public order (which is also the findings' sort order).
if (
  RULES.length !== FINDING_CODES.length ||
  RULES.some((rule, index) => rule.code !== FINDING_CODES[index])
) {
  throw new Error(
    `The rule table is out of step with FINDING_CODES: ${RULES.map((rule) => rule.code).join(', ')}`,
  );
}

export function ruleFor(code: FindingCode): Rule {
  return RULES_BY_CODE.get(code)!;
}

/** Position of a code in FINDING_CODES: the second sort key of findings. */
export const CODE_RANK: ReadonlyMap<FindingCode, number> = new Map(
  FINDING_CODES.map((code, rank) => [code, rank]),
);
