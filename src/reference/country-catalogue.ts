import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CountryInfo, type Language, type Region } from '../assessment/core/model';
import { ALL_COUNTRY_CODES, countryName } from './country-codes';
import { Country } from './country.entity';

interface CountriesFile {
  version: string;
  regions: { EU: string[]; EEA: string[] };
}

/**
 * Every country with its region, built once at start from data/reference/countries.json (regions)
 * and i18n-iso-countries (codes, names). Immutable: a country's region does not change with asOf.
 */
export class CountryCatalogue {
  private readonly countries = new Map<string, Country>();
  private readonly infos = new Map<string, CountryInfo>();

  constructor(
    readonly version: string,
    regions: ReadonlyMap<string, Region>,
  ) {
    for (const code of ALL_COUNTRY_CODES) {
      const country = Object.assign(new Country(), { code, region: regions.get(code) ?? 'THIRD_COUNTRY' });
      this.countries.set(code, country);
      this.infos.set(code, {
        code,
        region: country.region,
        names: { EN: countryName(code, 'EN'), SV: countryName(code, 'SV') },
      });
    }
  }

  static fromFile(dataDir: string): CountryCatalogue {
    const file = JSON.parse(
      readFileSync(join(dataDir, 'reference', 'countries.json'), 'utf8'),
    ) as CountriesFile;
    const regions = new Map<string, Region>();
    for (const region of ['EU', 'EEA'] as const) {
      for (const code of file.regions[region]) {
        if (!ALL_COUNTRY_CODES.includes(code))
          throw new Error(`countries.json: unknown code ${code} under ${region}`);
        regions.set(code, region);
      }
    }
    return new CountryCatalogue(file.version, regions);
  }

  all(region?: Region): Country[] {
    const all = [...this.countries.values()];
    return region ? all.filter((country) => country.region === region) : all;
  }

  get(code: string): Country | undefined {
    return this.countries.get(code);
  }

  /** The country for a code that is known to be valid (stored data). */
  require(code: string): Country {
    const country = this.countries.get(code);
    if (!country) throw new Error(`Unknown country code in stored data: ${code}`);
    return country;
  }

  name(code: string, language: Language): string {
    return this.infos.get(code)?.names[language] ?? code;
  }

  /** The view the assessor needs. */
  infoMap(): ReadonlyMap<string, CountryInfo> {
    return this.infos;
  }
}
