// Art. 45 GDPR: which adequacy decision is a country's decision on asOf, and whether it covers an importer
// (assessment.md section 4).
import {
  type AdequacyDecisionSnapshot,
  type CertificationScheme,
  type CertificationSnapshot,
  type CountryCode,
  type IsoDate,
  type ProcessorSnapshot,
} from './model';

/**
 * In force on asOf: `effectiveFrom <= asOf`, not expired (`asOf <= expiresOn`) and not yet revoked
 * (`asOf < revokedOn`). A what-if revocation treats the decision as revoked on asOf itself.
 */
export function isDecisionInForce(
  decision: AdequacyDecisionSnapshot,
  asOf: IsoDate,
  assumedRevoked = false,
): boolean {
  if (assumedRevoked) return false;
  return (
    decision.effectiveFrom <= asOf &&
    (decision.expiresOn === null || asOf <= decision.expiresOn) &&
    (decision.revokedOn === null || asOf < decision.revokedOn)
  );
}

/** The later effectiveFrom wins; on a tie the smaller id, so the choice never depends on input order. */
function supersedes(candidate: AdequacyDecisionSnapshot, current: AdequacyDecisionSnapshot): boolean {
  if (candidate.effectiveFrom !== current.effectiveFrom)
    return candidate.effectiveFrom > current.effectiveFrom;
  return candidate.id < current.id;
}

/** Each country's decision on asOf: among those in force, the one with the latest effectiveFrom. */
export function decisionsInForce(
  decisions: readonly AdequacyDecisionSnapshot[],
  asOf: IsoDate,
  revokedCountries: ReadonlySet<CountryCode> = new Set(),
): ReadonlyMap<CountryCode, AdequacyDecisionSnapshot> {
  const byCountry = new Map<CountryCode, AdequacyDecisionSnapshot>();
  for (const decision of decisions) {
    if (!isDecisionInForce(decision, asOf, revokedCountries.has(decision.country))) continue;
    const current = byCountry.get(decision.country);
    if (current === undefined || supersedes(decision, current)) byCountry.set(decision.country, decision);
  }
  return byCountry;
}

export function isCertificationValid(certification: CertificationSnapshot, asOf: IsoDate): boolean {
  return (
    (certification.validFrom === null || certification.validFrom <= asOf) &&
    (certification.validUntil === null || certification.validUntil >= asOf)
  );
}

/** Certifications do not carry over between schemes: only one of the decision's own scheme counts. */
export function holdsValidCertification(
  importer: ProcessorSnapshot,
  scheme: CertificationScheme | null,
  asOf: IsoDate,
): boolean {
  if (scheme === null) return false;
  return importer.certifications.some(
    (certification) => certification.scheme === scheme && isCertificationValid(certification, asOf),
  );
}

/** Whether a decision in force covers this importer, by its scope. */
export function decisionCoversImporter(
  decision: AdequacyDecisionSnapshot,
  importer: ProcessorSnapshot,
  asOf: IsoDate,
): boolean {
  switch (decision.scope) {
    case 'FULL':
      return true;
    // e.g. the EU-US Data Privacy Framework: only organisations on the DPF list.
    case 'CERTIFIED_ORGANISATIONS':
      return holdsValidCertification(importer, decision.certificationScheme, asOf);
    // Canada (PIPEDA) and Japan (APPI): commercial organisations, not public bodies.
    case 'PRIVATE_SECTOR':
      return !importer.publicBody;
  }
}
