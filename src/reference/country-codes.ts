// ISO 3166-1 alpha-2 codes and names, from the maintained i18n-iso-countries library.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import swedish from 'i18n-iso-countries/langs/sv.json';
import { type Language } from '../assessment/core/model';

countries.registerLocale(english);
countries.registerLocale(swedish);

/** The EU's own style guide writes the United Kingdom UK and Greece EL; ISO writes GB and GR. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

const ISO_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** Every ISO 3166-1 alpha-2 code, sorted. */
export const ALL_COUNTRY_CODES: readonly string[] = [...ISO_CODES].sort();

/** `se` → `SE`, `UK` → `GB`, `EL` → `GR`; undefined for anything that is not a known code. */
export function normalizeCountryCode(input: string): string | undefined {
  const upper = input.toUpperCase();
  const code = COUNTRY_CODE_ALIASES[upper] ?? upper;
  return ISO_CODES.has(code) ? code : undefined;
}

export function unknownCountryMessage(input: unknown): string {
  return typeof input === 'string'
    ? `unknown country code "${input}" (expected an ISO 3166-1 alpha-2 code such as SE, US or GB; UK and EL are accepted as aliases)`
    : `a country code must be a string such as "SE", got ${JSON.stringify(input)}`;
}

const LOCALE: Record<Language, string> = { EN: 'en', SV: 'sv' };

export function countryName(code: string, language: Language): string {
  return countries.getName(code, LOCALE[language]) ?? code;
}
