// Plain-language text of a finding, built from the facts it carries (no registry access needed), by the
// rule table's explanation for its code.
import { type Finding, type Language } from './model';
import { ruleFor } from './rules';

export function describeFinding(
  finding: Finding,
  language: Language,
): { message: string; remediation: string } {
  const explanation = ruleFor(finding.code).explain[language];
  return { message: explanation.message(finding), remediation: explanation.remediation(finding) };
}
