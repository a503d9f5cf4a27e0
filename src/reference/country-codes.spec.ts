import {
  ALL_COUNTRY_CODES,
  COUNTRY_CODE_ALIASES,
  countryName,
  normalizeCountryCode,
  unknownCountryMessage,
} from './country-codes';

describe('country codes', () => {
  describe(normalizeCountryCode.name, () => {
    it.each([
      ['SE', 'SE'],
      ['se', 'SE'],
      ['Se', 'SE'],
      ['UK', 'GB'],
      ['uk', 'GB'],
      ['EL', 'GR'],
      ['el', 'GR'],
      ['GB', 'GB'],
      ['GR', 'GR'],
      ['AX', 'AX'],
      ['xk', 'XK'], // Kosovo: user-assigned, but the code the EU and the library use
      ['XX', undefined],
      ['EU', undefined],
      ['SWE', undefined],
      ['S', undefined],
      ['', undefined],
      [' SE', undefined],
    ])('should normalise %p to %p', (input, expected) => {
      expect(normalizeCountryCode(input)).toBe(expected);
    });
  });

  describe(unknownCountryMessage.name, () => {
    it('should quote an unknown code and mention the aliases', () => {
      expect(unknownCountryMessage('XX')).toBe(
        'unknown country code "XX" (expected an ISO 3166-1 alpha-2 code such as SE, US or GB; UK and EL are accepted as aliases)',
      );
    });

    it('should explain a value that is not a string', () => {
      expect(unknownCountryMessage(46)).toBe('a country code must be a string such as "SE", got 46');
    });
  });

  describe('ALL_COUNTRY_CODES', () => {
    it('should hold every ISO 3166-1 alpha-2 code (and XK) once, sorted, and no alias', () => {
      expect(ALL_COUNTRY_CODES).toHaveLength(250);
      expect([...ALL_COUNTRY_CODES].sort()).toEqual(ALL_COUNTRY_CODES);
      expect(new Set(ALL_COUNTRY_CODES).size).toBe(ALL_COUNTRY_CODES.length);
      for (const alias of Object.keys(COUNTRY_CODE_ALIASES)) expect(ALL_COUNTRY_CODES).not.toContain(alias);
      for (const code of Object.values(COUNTRY_CODE_ALIASES)) expect(ALL_COUNTRY_CODES).toContain(code);
    });
  });

  describe(countryName.name, () => {
    it.each([
      ['SE', 'EN', 'Sweden'],
      ['SE', 'SV', 'Sverige'],
      ['DE', 'SV', 'Tyskland'],
      ['AX', 'SV', 'Åland'],
    ] as const)('should name %s in %s %p', (code, language, name) => {
      expect(countryName(code, language)).toBe(name);
    });
  });
});
