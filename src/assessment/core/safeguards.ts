// Art. 46, 47 and 49 GDPR: which recorded safeguards exist, apply, are valid and clean on asOf, and which
// one decides a transfer (assessment.md section 5 and section 6, step 2).
import {
  type CountryCode,
  type IsoDate,
  type PartyRef,
  SAFEGUARD_MECHANISMS,
  type SafeguardMechanism,
  type SafeguardSnapshot,
  type SccModule,
  type TransferBasis,
} from './model';

/** Commission Implementing Decision (EU) 2021/914 applies from this date. */
export const SCC_2021_APPLICABLE_FROM: IsoDate = '2021-06-27';
/** Decisions 2001/497/EC and 2010/87/EU are repealed from this date: no new contract may rely on them. */
export const LEGACY_SCC_REPEALED_FROM: IsoDate = '2021-09-27';
/** Contracts concluded on the old clauses before the repeal stayed valid until this date, included. */
export const LEGACY_SCC_VALID_UNTIL: IsoDate = '2022-12-27';

export type PartyKind = PartyRef['kind'];

/** A safeguard together with its position among the engagement's safeguards (the last tie-break). */
export interface IndexedSafeguard {
  readonly index: number;
  readonly safeguard: SafeguardSnapshot;
}

const MECHANISM_RANK: ReadonlyMap<SafeguardMechanism, number> = new Map(
  SAFEGUARD_MECHANISMS.map((mechanism, rank) => [mechanism, rank]),
);

/** A safeguard signed after asOf does not exist yet on asOf. */
export function existsOn(safeguard: SafeguardSnapshot, asOf: IsoDate): boolean {
  return safeguard.signedOn === null || safeguard.signedOn <= asOf;
}

/** Recorded on the engagement, limited to no country or to this destination, and existing on asOf. */
export function appliesTo(safeguard: SafeguardSnapshot, destination: CountryCode, asOf: IsoDate): boolean {
  return (
    existsOn(safeguard, asOf) &&
    (safeguard.countries.length === 0 || safeguard.countries.includes(destination))
  );
}

/** The safeguards of an engagement that apply to one destination, in recorded order. */
export function applicableSafeguards(
  safeguards: readonly SafeguardSnapshot[],
  destination: CountryCode,
  asOf: IsoDate,
): IndexedSafeguard[] {
  const applicable: IndexedSafeguard[] = [];
  safeguards.forEach((safeguard, index) => {
    if (appliesTo(safeguard, destination, asOf)) applicable.push({ index, safeguard });
  });
  return applicable;
}

/**
 * Old clauses are outdated once the transition ended (asOf after 2022-12-27) or when signed on or after
 * their repeal (2021-09-27): then they are no basis at all.
 */
export function isOutdatedLegacyScc(safeguard: SafeguardSnapshot, asOf: IsoDate): boolean {
  return (
    safeguard.mechanism === 'SCC_LEGACY' &&
    (asOf > LEGACY_SCC_VALID_UNTIL ||
      (safeguard.signedOn !== null && safeguard.signedOn >= LEGACY_SCC_REPEALED_FROM))
  );
}

/** Valid on asOf, for a safeguard that exists on asOf. */
export function isValid(safeguard: SafeguardSnapshot, asOf: IsoDate): boolean {
  switch (safeguard.mechanism) {
    case 'SCC_2021':
      return asOf >= SCC_2021_APPLICABLE_FROM;
    case 'SCC_LEGACY':
      return (
        asOf <= LEGACY_SCC_VALID_UNTIL &&
        (safeguard.signedOn === null ||
          (safeguard.signedOn < LEGACY_SCC_REPEALED_FROM && safeguard.signedOn <= asOf))
      );
    case 'BCR':
    case 'CODE_OF_CONDUCT':
    case 'CERTIFICATION':
    case 'AD_HOC_CLAUSES':
    case 'DEROGATION':
      return true;
  }
}

/** The importer is always a processor: Module 2 from a controller, Module 3 from a processor. */
export function expectedModule(exporterKind: PartyKind): SccModule {
  return exporterKind === 'CONTROLLER' ? 'C2P' : 'P2P';
}

export function moduleFits(safeguard: SafeguardSnapshot, exporterKind: PartyKind): boolean {
  return safeguard.module === expectedModule(exporterKind);
}

/** A transfer impact assessment dated on or before asOf (EDPB Recommendations 01/2020). */
export function hasTiaOn(safeguard: SafeguardSnapshot, asOf: IsoDate): boolean {
  return safeguard.tiaCompletedOn !== null && safeguard.tiaCompletedOn <= asOf;
}

/** Clean: deciding the transfer with this valid safeguard would raise no WARNING. */
export function isClean(safeguard: SafeguardSnapshot, exporterKind: PartyKind, asOf: IsoDate): boolean {
  switch (safeguard.mechanism) {
    case 'SCC_2021':
      return moduleFits(safeguard, exporterKind) && hasTiaOn(safeguard, asOf);
    case 'SCC_LEGACY':
    case 'BCR':
    case 'CODE_OF_CONDUCT':
    case 'CERTIFICATION':
    case 'AD_HOC_CLAUSES':
      return hasTiaOn(safeguard, asOf);
    // Art. 49 is for occasional transfers: relying on it always warrants a warning.
    case 'DEROGATION':
      return false;
  }
}

/**
 * The deciding safeguard among the applicable ones: valid only; clean before the others; then by
 * mechanism (SCC_2021, SCC_LEGACY, BCR, CODE_OF_CONDUCT, CERTIFICATION, AD_HOC_CLAUSES, DEROGATION);
 * then in recorded order.
 */
export function selectDecidingSafeguard(
  applicable: readonly IndexedSafeguard[],
  exporterKind: PartyKind,
  asOf: IsoDate,
): IndexedSafeguard | null {
  let best: IndexedSafeguard | null = null;
  let bestClean = false;
  for (const candidate of applicable) {
    if (!isValid(candidate.safeguard, asOf)) continue;
    const clean = isClean(candidate.safeguard, exporterKind, asOf);
    if (best === null || ranksBefore(candidate, clean, best, bestClean)) {
      best = candidate;
      bestClean = clean;
    }
  }
  return best;
}

function ranksBefore(
  candidate: IndexedSafeguard,
  candidateClean: boolean,
  current: IndexedSafeguard,
  currentClean: boolean,
): boolean {
  if (candidateClean !== currentClean) return candidateClean;
  const candidateRank = MECHANISM_RANK.get(candidate.safeguard.mechanism)!;
  const currentRank = MECHANISM_RANK.get(current.safeguard.mechanism)!;
  if (candidateRank !== currentRank) return candidateRank < currentRank;
  return candidate.index < current.index;
}

export function basisOf(mechanism: SafeguardMechanism): TransferBasis {
  switch (mechanism) {
    // Art. 46(2)(c)
    case 'SCC_2021':
    case 'SCC_LEGACY':
      return 'SCC';
    // Art. 46(2)(b) and 47
    case 'BCR':
      return 'BCR';
    // Art. 46(2)(e), 46(2)(f) and 46(3)(a)
    case 'CODE_OF_CONDUCT':
    case 'CERTIFICATION':
    case 'AD_HOC_CLAUSES':
      return 'OTHER_SAFEGUARD';
    // Art. 49
    case 'DEROGATION':
      return 'DEROGATION';
  }
}
