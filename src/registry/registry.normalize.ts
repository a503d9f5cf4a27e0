// Turns what a user sent (a mutation input or a document item) into the stored form, collecting
// every problem with its path. Shared by the mutations and the document import so that both accept
// and refuse exactly the same things.
import { type FieldProblem } from '../common/domain-error';
import {
  type CertificationScheme,
  type DpaStatus,
  type RecordedProcessingActivity,
  type SafeguardMechanism,
  type SccModule,
  type SubprocessorAuthorisation,
} from '../assessment/core/model';
import { type StoredLocation, type StoredSafeguard } from './entities/engagement.entity';
import { type Certification } from './entities/processor.entity';
import { checkDate, checkDateOrder, normalizeCountry } from './registry.rules';

/** `/engagements` + 3 → `/engagements/3` (JSON pointer, documents); `input` + `dpa` → `input.dpa`. */
export function childPath(base: string, segment: string | number): string {
  return base === '' || base.startsWith('/') ? `${base}/${segment}` : `${base}.${segment}`;
}

export interface RawCertification {
  scheme: CertificationScheme;
  validFrom?: string | null;
  validUntil?: string | null;
}

export function normalizeCertifications(
  raw: readonly RawCertification[] | null | undefined,
  path: string,
  problems: FieldProblem[],
): Certification[] {
  return (raw ?? []).map((certification, index) => {
    const at = childPath(path, index);
    const validFrom = certification.validFrom ?? null;
    const validUntil = certification.validUntil ?? null;
    problems.push(
      ...checkDate(validFrom, childPath(at, 'validFrom')),
      ...checkDate(validUntil, childPath(at, 'validUntil')),
      ...checkDateOrder(validFrom, validUntil, childPath(at, 'validUntil'), 'validFrom', 'validUntil'),
    );
    return { scheme: certification.scheme, validFrom, validUntil };
  });
}

export interface RawDpa {
  status: DpaStatus;
  signedOn?: string | null;
  expiresOn?: string | null;
  reference?: string | null;
}

export interface NormalizedDpa {
  status: DpaStatus;
  signedOn: string | null;
  expiresOn: string | null;
  reference: string | null;
}

export function normalizeDpa(raw: RawDpa, path: string, problems: FieldProblem[]): NormalizedDpa {
  const signedOn = raw.signedOn ?? null;
  const expiresOn = raw.expiresOn ?? null;
  problems.push(
    ...checkDate(signedOn, childPath(path, 'signedOn')),
    ...checkDate(expiresOn, childPath(path, 'expiresOn')),
    ...checkDateOrder(signedOn, expiresOn, childPath(path, 'expiresOn'), 'signedOn', 'expiresOn'),
  );
  return { status: raw.status, signedOn, expiresOn, reference: raw.reference ?? null };
}

export interface RawLocation {
  country: string;
  activity: RecordedProcessingActivity;
}

export function normalizeLocations(
  raw: readonly RawLocation[] | null | undefined,
  path: string,
  problems: FieldProblem[],
): StoredLocation[] {
  return (raw ?? []).map((location, index) => {
    const country = normalizeCountry(
      location.country,
      childPath(childPath(path, index), 'country'),
      problems,
    );
    return { country: country ?? location.country, activity: location.activity };
  });
}

export interface RawSafeguard {
  mechanism: SafeguardMechanism;
  module?: SccModule | null;
  signedOn?: string | null;
  countries?: readonly string[] | null;
  tiaCompletedOn?: string | null;
}

export function normalizeSafeguards(
  raw: readonly RawSafeguard[] | null | undefined,
  path: string,
  problems: FieldProblem[],
): StoredSafeguard[] {
  return (raw ?? []).map((safeguard, index) => {
    const at = childPath(path, index);
    const countries = (safeguard.countries ?? []).map(
      (code, countryIndex) =>
        normalizeCountry(code, childPath(childPath(at, 'countries'), countryIndex), problems) ?? code,
    );
    const signedOn = safeguard.signedOn ?? null;
    const tiaCompletedOn = safeguard.tiaCompletedOn ?? null;
    problems.push(
      ...checkDate(signedOn, childPath(at, 'signedOn')),
      ...checkDate(tiaCompletedOn, childPath(at, 'tiaCompletedOn')),
    );
    return {
      mechanism: safeguard.mechanism,
      module: safeguard.module ?? null,
      signedOn,
      countries,
      tiaCompletedOn,
    };
  });
}

/** Null when the client is a controller; NONE when a processor client names none (a finding, not an error). */
export function normalizeAuthorisation(
  clientIsProcessor: boolean,
  value: SubprocessorAuthorisation | null | undefined,
): SubprocessorAuthorisation | null {
  return clientIsProcessor ? (value ?? 'NONE') : null;
}
