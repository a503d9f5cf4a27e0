// What a true adequacy decision looks like: checked for decisions recorded or amended through the
// API, and (in a unit test) for every decision in the shipped file.
import { type FieldProblem } from '../../common/domain-error';
import { type AdequacyScope, type CertificationScheme, type Region } from '../../assessment/core/model';
import { checkDate, checkDateOrder } from '../../registry/registry.rules';

export interface AdequacyDecisionFields {
  countryCode: string;
  legalAct: string;
  adoptedOn: string;
  effectiveFrom: string;
  expiresOn: string | null;
  revokedOn: string | null;
  scope: AdequacyScope;
  certificationScheme: CertificationScheme | null;
  sourceUrl: string;
}

export function checkAdequacyDecision(
  decision: AdequacyDecisionFields,
  regionOf: (code: string) => Region | undefined,
  path: string,
): FieldProblem[] {
  // path '' for a mutation whose arguments are the fields themselves (revokeAdequacyDecision(revokedOn)).
  const at = (field: string): string => (path === '' ? field : `${path}.${field}`);
  const problems: FieldProblem[] = [];
  const region = regionOf(decision.countryCode);
  if (region === undefined)
    problems.push({ path: at('country'), message: `unknown country code "${decision.countryCode}"` });
  else if (region !== 'THIRD_COUNTRY') {
    problems.push({
      path: at('country'),
      message: `${decision.countryCode} is in the ${region}: adequacy decisions exist only for third countries`,
    });
  }
  if (decision.legalAct.trim() === '') problems.push({ path: at('legalAct'), message: 'must not be empty' });
  problems.push(
    ...checkDate(decision.adoptedOn, at('adoptedOn')),
    ...checkDate(decision.effectiveFrom, at('effectiveFrom')),
    ...checkDate(decision.expiresOn, at('expiresOn')),
    ...checkDate(decision.revokedOn, at('revokedOn')),
    ...checkDateOrder(
      decision.adoptedOn,
      decision.effectiveFrom,
      at('effectiveFrom'),
      'adoptedOn',
      'effectiveFrom',
    ),
    ...checkDateOrder(
      decision.effectiveFrom,
      decision.expiresOn,
      at('expiresOn'),
      'effectiveFrom',
      'expiresOn',
    ),
    ...checkDateOrder(decision.adoptedOn, decision.revokedOn, at('revokedOn'), 'adoptedOn', 'revokedOn'),
  );
  if (decision.scope === 'CERTIFIED_ORGANISATIONS' && decision.certificationScheme === null) {
    problems.push({
      path: at('certificationScheme'),
      message:
        'is required when the scope is CERTIFIED_ORGANISATIONS (which certification does the decision rely on?)',
    });
  }
  if (decision.scope !== 'CERTIFIED_ORGANISATIONS' && decision.certificationScheme !== null) {
    problems.push({
      path: at('certificationScheme'),
      message: `applies only to the scope CERTIFIED_ORGANISATIONS, not ${decision.scope}; leave it out`,
    });
  }
  if (!/^https?:\/\/\S+$/.test(decision.sourceUrl)) {
    problems.push({
      path: at('sourceUrl'),
      message: `must be an http(s) URL, got ${JSON.stringify(decision.sourceUrl)}`,
    });
  }
  return problems;
}
