// Country lookups over the reference snapshot.
import { InconsistentSnapshotError } from './errors';
import { type CountryCode, type CountryInfo, type CountryRef, type ReferenceSnapshot } from './model';

const refs = new WeakMap<CountryInfo, CountryRef>();

/** The country as findings carry it: code and names, one shared object per country. */
export function countryRef(info: CountryInfo): CountryRef {
  let ref = refs.get(info);
  if (ref === undefined) {
    ref = { code: info.code, names: info.names };
    refs.set(info, ref);
  }
  return ref;
}

/** The reference data's entry for a code; a missing code is a programming error (inputs are validated). */
export function countryInfo(reference: ReferenceSnapshot, code: CountryCode, where: string): CountryInfo {
  const info = reference.countries.get(code);
  if (info === undefined) throw InconsistentSnapshotError.unknownCountry(code, where);
  return info;
}
