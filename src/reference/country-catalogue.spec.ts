import { DATA_DIR } from '../common/project-root';
import { CountryCatalogue } from './country-catalogue';

// assessment.md section 2: territories follow the legal status, not the flag.
// prettier-ignore
const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
const EU_TERRITORIES = ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF'];
const EEA = ['IS', 'LI', 'NO'];
// prettier-ignore
const THIRD_COUNTRY_TERRITORIES = [
  'GL', 'FO', 'GI', 'SJ', 'CH', 'GB', 'MC', 'SM', 'VA', 'JE', 'GG', 'IM',
  'NC', 'PF', 'WF', 'PM', 'BL', 'TF', 'AW', 'CW', 'SX', 'BQ',
];

describe(CountryCatalogue.name, () => {
  let sut: CountryCatalogue;

  beforeEach(() => {
    sut = CountryCatalogue.fromFile(DATA_DIR);
  });

  it('should hold all 27 member states in the EU', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    for (const code of EU_MEMBER_STATES) expect([code, sut.get(code)?.region]).toEqual([code, 'EU']);
  });

  it.each(EU_TERRITORIES)('should place %s (Åland or an outermost region) in the EU', (code) => {
    expect(sut.get(code)?.region).toBe('EU');
  });

  it.each(EEA)('should place %s in the EEA', (code) => {
    expect(sut.get(code)?.region).toBe('EEA');
  });

  it.each(THIRD_COUNTRY_TERRITORIES)('should treat %s as a third country', (code) => {
    expect(sut.get(code)?.region).toBe('THIRD_COUNTRY');
  });

  it('should list exactly those 34 codes as EU and 3 as EEA, every other country as a third country', () => {
    expect(
      sut
        .all('EU')
        .map((country) => country.code)
        .sort(),
    ).toEqual([...EU_MEMBER_STATES, ...EU_TERRITORIES].sort());
    expect(sut.all('EEA').map((country) => country.code)).toEqual(['IS', 'LI', 'NO']);
    expect(sut.all('THIRD_COUNTRY')).toHaveLength(sut.all().length - 37);
    expect(sut.all().map((country) => country.code)).toEqual(
      [...sut.all().map((country) => country.code)].sort(),
    );
  });

  it.each([
    ['SE', 'Sweden', 'Sverige'],
    ['AX', 'Åland Islands', 'Åland'],
    ['GB', 'United Kingdom', 'Storbritannien'],
    ['US', 'United States of America', 'USA'],
    ['CH', 'Switzerland', 'Schweiz'],
  ])('should name %s in English (%p) and Swedish (%p)', (code, english, swedish) => {
    expect(sut.name(code, 'EN')).toBe(english);
    expect(sut.name(code, 'SV')).toBe(swedish);
  });

  it('should give the assessor every country with its region and both names', () => {
    expect(sut.infoMap().get('NO')).toEqual({
      code: 'NO',
      region: 'EEA',
      names: { EN: 'Norway', SV: 'Norge' },
    });
    expect(sut.infoMap().size).toBe(sut.all().length);
  });

  it('should not know aliases or unknown codes by get, and refuse them by require', () => {
    expect(sut.get('UK')).toBeUndefined();
    expect(sut.get('XX')).toBeUndefined();
    expect(() => sut.require('XX')).toThrow('Unknown country code in stored data: XX');
    expect(sut.require('SE')).toEqual({ code: 'SE', region: 'EU' });
  });

  it('should default a code missing from the regions file to a third country', () => {
    const catalogue = new CountryCatalogue('test', new Map([['SE', 'EU']]));

    expect(catalogue.get('SE')?.region).toBe('EU');
    expect(catalogue.get('NO')?.region).toBe('THIRD_COUNTRY');
    expect(catalogue.version).toBe('test');
  });
});
