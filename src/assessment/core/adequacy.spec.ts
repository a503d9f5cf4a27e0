import { ADEQUACY_DECISIONS, processorFactory } from '../../../test/factories/assessment.factory';
import {
  decisionCoversImporter,
  decisionsInForce,
  isCertificationValid,
  isDecisionInForce,
} from './adequacy';
import { type AdequacyDecisionSnapshot } from './model';

const decision = (overrides: Partial<AdequacyDecisionSnapshot>): AdequacyDecisionSnapshot => ({
  id: 'x',
  country: 'XX',
  legalAct: 'Act',
  adoptedOn: '2020-01-01',
  effectiveFrom: '2020-01-01',
  expiresOn: null,
  revokedOn: null,
  scope: 'FULL',
  certificationScheme: null,
  contested: false,
  sourceUrl: 'https://example.org',
  ...overrides,
});

describe(isDecisionInForce.name, () => {
  it.each([
    { name: 'the day it takes effect', overrides: {}, asOf: '2020-01-01', expected: true },
    { name: 'the day before it takes effect', overrides: {}, asOf: '2019-12-31', expected: false },
    {
      name: 'the day it expires',
      overrides: { expiresOn: '2031-12-27' },
      asOf: '2031-12-27',
      expected: true,
    },
    {
      name: 'the day after it expires',
      overrides: { expiresOn: '2031-12-27' },
      asOf: '2031-12-28',
      expected: false,
    },
    {
      name: 'the day before it is revoked',
      overrides: { revokedOn: '2020-07-16' },
      asOf: '2020-07-15',
      expected: true,
    },
    {
      name: 'the day it is revoked',
      overrides: { revokedOn: '2020-07-16' },
      asOf: '2020-07-16',
      expected: false,
    },
  ])('should judge a decision on $name: $expected', ({ overrides, asOf, expected }) => {
    expect(isDecisionInForce(decision(overrides), asOf)).toBe(expected);
  });

  it('should treat an assumed revocation as revoked on asOf', () => {
    expect(isDecisionInForce(decision({}), '2026-01-01', true)).toBe(false);
  });
});

describe(decisionsInForce.name, () => {
  it.each([
    ['2015-10-05', 'us-2000-520'],
    ['2015-10-06', undefined],
    ['2016-08-01', 'us-2016-1250'],
    ['2020-07-15', 'us-2016-1250'],
    ['2020-07-16', undefined],
    ['2023-07-09', undefined],
    ['2023-07-10', 'us-2023-1795'],
  ])('should give the United States on %s decision %p', (asOf, expected) => {
    expect(decisionsInForce(ADEQUACY_DECISIONS, asOf).get('US')?.id).toBe(expected);
  });

  it('should take the latest effectiveFrom among decisions in force, whatever the input order', () => {
    const older = decision({ id: 'older', effectiveFrom: '2010-01-01' });
    const newer = decision({ id: 'newer', effectiveFrom: '2015-01-01' });
    expect(decisionsInForce([older, newer], '2020-01-01').get('XX')?.id).toBe('newer');
    expect(decisionsInForce([newer, older], '2020-01-01').get('XX')?.id).toBe('newer');
  });

  it('should break a tie on effectiveFrom by the smaller id, whatever the input order', () => {
    const first = decision({ id: 'a' });
    const second = decision({ id: 'b' });
    expect(decisionsInForce([second, first], '2020-01-01').get('XX')?.id).toBe('a');
    expect(decisionsInForce([first, second], '2020-01-01').get('XX')?.id).toBe('a');
  });

  it('should drop every decision of a country assumed revoked', () => {
    const result = decisionsInForce(ADEQUACY_DECISIONS, '2026-07-01', new Set(['US']));
    expect(result.has('US')).toBe(false);
    expect(result.get('GB')?.id).toBe('gb-2021-1772');
  });
});

describe(decisionCoversImporter.name, () => {
  const dpf = ADEQUACY_DECISIONS.find((candidate) => candidate.id === 'us-2023-1795')!;
  const canada = ADEQUACY_DECISIONS.find((candidate) => candidate.id === 'ca-2002-2')!;
  const switzerland = ADEQUACY_DECISIONS.find((candidate) => candidate.id === 'ch-2000-518')!;

  it.each([
    { name: 'FULL: any importer', decision: switzerland, importer: { publicBody: true }, expected: true },
    {
      name: 'CERTIFIED: a valid DPF certification',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'EU_US_DPF' as const, validFrom: '2023-08-01', validUntil: null }],
      },
      expected: true,
    },
    {
      name: 'CERTIFIED: a certification valid from asOf',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'EU_US_DPF' as const, validFrom: '2026-07-01', validUntil: null }],
      },
      expected: true,
    },
    {
      name: 'CERTIFIED: a certification valid until asOf',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'EU_US_DPF' as const, validFrom: null, validUntil: '2026-07-01' }],
      },
      expected: true,
    },
    {
      name: 'CERTIFIED: an expired certification',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'EU_US_DPF' as const, validFrom: '2023-08-01', validUntil: '2026-06-30' }],
      },
      expected: false,
    },
    {
      name: 'CERTIFIED: a certification not yet valid',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'EU_US_DPF' as const, validFrom: '2026-07-02', validUntil: null }],
      },
      expected: false,
    },
    {
      name: 'CERTIFIED: a Privacy Shield certification for the DPF',
      decision: dpf,
      importer: {
        certifications: [{ scheme: 'PRIVACY_SHIELD' as const, validFrom: null, validUntil: null }],
      },
      expected: false,
    },
    { name: 'CERTIFIED: no certification', decision: dpf, importer: {}, expected: false },
    { name: 'PRIVATE_SECTOR: a company', decision: canada, importer: { publicBody: false }, expected: true },
    {
      name: 'PRIVATE_SECTOR: a public body',
      decision: canada,
      importer: { publicBody: true },
      expected: false,
    },
  ])('should decide $name: $expected', ({ decision: adequacy, importer, expected }) => {
    expect(decisionCoversImporter(adequacy, processorFactory.build(importer), '2026-07-01')).toBe(expected);
  });

  it('should accept a certification without dates as valid', () => {
    expect(
      isCertificationValid({ scheme: 'EU_US_DPF', validFrom: null, validUntil: null }, '2026-07-01'),
    ).toBe(true);
  });
});
