import { type Region } from '../../assessment/core/model';
import { type FieldProblem } from '../../common/domain-error';
import { type AdequacyDecisionFields, checkAdequacyDecision } from './adequacy.rules';

const REGIONS: Record<string, Region> = { GB: 'THIRD_COUNTRY', US: 'THIRD_COUNTRY', SE: 'EU', NO: 'EEA' };
const regionOf = (code: string): Region | undefined => REGIONS[code];

/** The UK decision as it stands: valid. Each case changes what it is about. */
function decision(overrides: Partial<AdequacyDecisionFields> = {}): AdequacyDecisionFields {
  return {
    countryCode: 'GB',
    legalAct: 'Commission Implementing Decision (EU) 2021/1772',
    adoptedOn: '2021-06-28',
    effectiveFrom: '2021-06-28',
    expiresOn: '2031-12-27',
    revokedOn: null,
    scope: 'FULL',
    certificationScheme: null,
    sourceUrl: 'https://eur-lex.europa.eu/eli/dec_impl/2021/1772/oj',
    ...overrides,
  };
}

const DPF: Partial<AdequacyDecisionFields> = {
  countryCode: 'US',
  scope: 'CERTIFIED_ORGANISATIONS',
  certificationScheme: 'EU_US_DPF',
  expiresOn: null,
};

describe(checkAdequacyDecision.name, () => {
  let sut: typeof checkAdequacyDecision;

  beforeEach(() => {
    sut = checkAdequacyDecision;
  });

  it.each<[string, Partial<AdequacyDecisionFields>]>([
    ['a FULL decision with a sunset', {}],
    ['a FULL decision without a sunset', { expiresOn: null }],
    ['a CERTIFIED_ORGANISATIONS decision with its scheme', DPF],
    ['a PRIVATE_SECTOR decision', { scope: 'PRIVATE_SECTOR', expiresOn: null }],
    ['a decision effective later than adopted', { adoptedOn: '2016-07-12', effectiveFrom: '2016-08-01' }],
    ['expiresOn on the day it takes effect', { expiresOn: '2021-06-28' }],
    ['revokedOn on the day it was adopted', { revokedOn: '2021-06-28' }],
    ['a revoked decision', { ...DPF, revokedOn: '2027-01-01' }],
    ['an http URL', { sourceUrl: 'http://eur-lex.europa.eu/eli/dec_impl/2021/1772/oj' }],
  ])('should accept %s', (_name, overrides) => {
    expect(sut(decision(overrides), regionOf, 'input')).toEqual([]);
  });

  it.each<[string, Partial<AdequacyDecisionFields>, FieldProblem[]]>([
    [
      'an unknown country',
      { countryCode: 'XQ' },
      [{ path: 'input.country', message: 'unknown country code "XQ"' }],
    ],
    [
      'an EU country',
      { countryCode: 'SE' },
      [
        {
          path: 'input.country',
          message: 'SE is in the EU: adequacy decisions exist only for third countries',
        },
      ],
    ],
    [
      'an EEA country',
      { countryCode: 'NO' },
      [
        {
          path: 'input.country',
          message: 'NO is in the EEA: adequacy decisions exist only for third countries',
        },
      ],
    ],
    ['a blank legal act', { legalAct: '  ' }, [{ path: 'input.legalAct', message: 'must not be empty' }]],
    [
      'an adoptedOn that does not exist',
      { adoptedOn: '2021-02-29' },
      [{ path: 'input.adoptedOn', message: '"2021-02-29" is not a real calendar date' }],
    ],
    [
      'an effectiveFrom that is not a date',
      { effectiveFrom: '28/06/2021' },
      [{ path: 'input.effectiveFrom', message: '"28/06/2021" is not a date in the form YYYY-MM-DD' }],
    ],
    [
      'an expiresOn that does not exist',
      { expiresOn: '2031-13-01' },
      [{ path: 'input.expiresOn', message: '"2031-13-01" is not a real calendar date' }],
    ],
    [
      'a revokedOn that is not a date',
      { revokedOn: 'soon' },
      [{ path: 'input.revokedOn', message: '"soon" is not a date in the form YYYY-MM-DD' }],
    ],
    [
      'effectiveFrom before adoptedOn',
      { effectiveFrom: '2021-06-27' },
      [{ path: 'input.effectiveFrom', message: 'effectiveFrom 2021-06-27 is before adoptedOn 2021-06-28' }],
    ],
    [
      'expiresOn before effectiveFrom',
      { expiresOn: '2021-06-27' },
      [{ path: 'input.expiresOn', message: 'expiresOn 2021-06-27 is before effectiveFrom 2021-06-28' }],
    ],
    [
      'revokedOn before adoptedOn',
      { revokedOn: '2021-06-27' },
      [{ path: 'input.revokedOn', message: 'revokedOn 2021-06-27 is before adoptedOn 2021-06-28' }],
    ],
    [
      'CERTIFIED_ORGANISATIONS without a scheme',
      { ...DPF, certificationScheme: null },
      [
        {
          path: 'input.certificationScheme',
          message:
            'is required when the scope is CERTIFIED_ORGANISATIONS (which certification does the decision rely on?)',
        },
      ],
    ],
    [
      'FULL with a scheme',
      { certificationScheme: 'EU_US_DPF' },
      [
        {
          path: 'input.certificationScheme',
          message: 'applies only to the scope CERTIFIED_ORGANISATIONS, not FULL; leave it out',
        },
      ],
    ],
    [
      'PRIVATE_SECTOR with a scheme',
      { scope: 'PRIVATE_SECTOR', certificationScheme: 'PRIVACY_SHIELD' },
      [
        {
          path: 'input.certificationScheme',
          message: 'applies only to the scope CERTIFIED_ORGANISATIONS, not PRIVATE_SECTOR; leave it out',
        },
      ],
    ],
    [
      'a sourceUrl without a scheme',
      { sourceUrl: 'eur-lex.europa.eu/eli/dec_impl/2021/1772/oj' },
      [
        {
          path: 'input.sourceUrl',
          message: 'must be an http(s) URL, got "eur-lex.europa.eu/eli/dec_impl/2021/1772/oj"',
        },
      ],
    ],
    [
      'an ftp sourceUrl',
      { sourceUrl: 'ftp://example.org/decision' },
      [{ path: 'input.sourceUrl', message: 'must be an http(s) URL, got "ftp://example.org/decision"' }],
    ],
    [
      'a sourceUrl with a space',
      { sourceUrl: 'https://eur-lex.europa.eu/eli/dec impl' },
      [
        {
          path: 'input.sourceUrl',
          message: 'must be an http(s) URL, got "https://eur-lex.europa.eu/eli/dec impl"',
        },
      ],
    ],
    [
      'an empty sourceUrl',
      { sourceUrl: '' },
      [{ path: 'input.sourceUrl', message: 'must be an http(s) URL, got ""' }],
    ],
  ])('should refuse %s', (_name, overrides, problems) => {
    expect(sut(decision(overrides), regionOf, 'input')).toEqual(problems);
  });

  it('should list every problem at once, in field order', () => {
    const problems = sut(
      decision({
        countryCode: 'SE',
        legalAct: '',
        effectiveFrom: '2021-06-01',
        expiresOn: '2021-05-01',
        scope: 'CERTIFIED_ORGANISATIONS',
        sourceUrl: 'nowhere',
      }),
      regionOf,
      'input',
    );

    expect(problems.map((problem) => problem.path)).toEqual([
      'input.country',
      'input.legalAct',
      'input.effectiveFrom',
      'input.expiresOn',
      'input.certificationScheme',
      'input.sourceUrl',
    ]);
  });

  it.each([
    ['decisions[3]', 'decisions[3].revokedOn'],
    ['', 'revokedOn'],
  ])('should name fields under the path "%s"', (path, expected) => {
    expect(sut(decision({ revokedOn: '2020-01-01' }), regionOf, path).map((problem) => problem.path)).toEqual(
      [expected],
    );
  });
});
