import { safeguardFactory } from '../../../test/factories/assessment.factory';
import { type SafeguardMechanism, type SafeguardSnapshot } from './model';
import {
  appliesTo,
  basisOf,
  isClean,
  isOutdatedLegacyScc,
  isValid,
  type PartyKind,
  selectDecidingSafeguard,
} from './safeguards';

describe('safeguards', () => {
  describe(isValid.name, () => {
    it.each([
      {
        name: 'SCC_2021 the day before 2021-06-27',
        safeguard: { signedOn: null },
        asOf: '2021-06-26',
        valid: false,
      },
      { name: 'SCC_2021 on 2021-06-27', safeguard: { signedOn: null }, asOf: '2021-06-27', valid: true },
      {
        name: 'SCC_LEGACY unsigned on 2022-12-27',
        safeguard: { mechanism: 'SCC_LEGACY' as const, signedOn: null },
        asOf: '2022-12-27',
        valid: true,
      },
      {
        name: 'SCC_LEGACY unsigned on 2022-12-28',
        safeguard: { mechanism: 'SCC_LEGACY' as const, signedOn: null },
        asOf: '2022-12-28',
        valid: false,
      },
      {
        name: 'SCC_LEGACY signed 2021-09-26',
        safeguard: { mechanism: 'SCC_LEGACY' as const, signedOn: '2021-09-26' },
        asOf: '2022-01-01',
        valid: true,
      },
      {
        name: 'SCC_LEGACY signed 2021-09-27',
        safeguard: { mechanism: 'SCC_LEGACY' as const, signedOn: '2021-09-27' },
        asOf: '2022-01-01',
        valid: false,
      },
      { name: 'BCR', safeguard: { mechanism: 'BCR' as const }, asOf: '2018-05-25', valid: true },
      {
        name: 'DEROGATION',
        safeguard: { mechanism: 'DEROGATION' as const },
        asOf: '2018-05-25',
        valid: true,
      },
    ])('should judge $name valid: $valid', ({ safeguard, asOf, valid }) => {
      const sut = safeguardFactory.build(safeguard);
      expect(isValid(sut, asOf)).toBe(valid);
      if (sut.mechanism === 'SCC_LEGACY') expect(isOutdatedLegacyScc(sut, asOf)).toBe(!valid);
    });
  });

  describe(appliesTo.name, () => {
    it.each([
      { name: 'no country limit', countries: [], signedOn: null, expected: true },
      { name: 'a limit naming the destination', countries: ['US', 'IN'], signedOn: null, expected: true },
      { name: 'a limit to other countries', countries: ['US'], signedOn: null, expected: false },
      { name: 'signed on asOf', countries: [], signedOn: '2026-07-01', expected: true },
      { name: 'signed the day after asOf', countries: [], signedOn: '2026-07-02', expected: false },
    ])('should apply to IN with $name: $expected', ({ countries, signedOn, expected }) => {
      expect(appliesTo(safeguardFactory.build({ countries, signedOn }), 'IN', '2026-07-01')).toBe(expected);
    });
  });

  describe(isClean.name, () => {
    it.each<{ name: string; safeguard: Partial<SafeguardSnapshot>; exporter: PartyKind; expected: boolean }>([
      {
        name: 'SCC_2021 C2P with a TIA from a controller',
        safeguard: {},
        exporter: 'CONTROLLER',
        expected: true,
      },
      {
        name: 'SCC_2021 P2P with a TIA from a processor',
        safeguard: { module: 'P2P' },
        exporter: 'PROCESSOR',
        expected: true,
      },
      { name: 'SCC_2021 C2P from a processor', safeguard: {}, exporter: 'PROCESSOR', expected: false },
      {
        name: 'SCC_2021 without module',
        safeguard: { module: null },
        exporter: 'CONTROLLER',
        expected: false,
      },
      { name: 'SCC_2021 C2C', safeguard: { module: 'C2C' }, exporter: 'CONTROLLER', expected: false },
      { name: 'SCC_2021 P2C', safeguard: { module: 'P2C' }, exporter: 'PROCESSOR', expected: false },
      {
        name: 'SCC_2021 without TIA',
        safeguard: { tiaCompletedOn: null },
        exporter: 'CONTROLLER',
        expected: false,
      },
      {
        name: 'SCC_2021 with a TIA dated after asOf',
        safeguard: { tiaCompletedOn: '2026-07-02' },
        exporter: 'CONTROLLER',
        expected: false,
      },
      {
        name: 'SCC_2021 with a TIA dated asOf',
        safeguard: { tiaCompletedOn: '2026-07-01' },
        exporter: 'CONTROLLER',
        expected: true,
      },
      {
        name: 'BCR with a TIA, any module',
        safeguard: { mechanism: 'BCR', module: null },
        exporter: 'PROCESSOR',
        expected: true,
      },
      {
        name: 'CODE_OF_CONDUCT without TIA',
        safeguard: { mechanism: 'CODE_OF_CONDUCT', tiaCompletedOn: null },
        exporter: 'CONTROLLER',
        expected: false,
      },
      {
        name: 'DEROGATION with a TIA',
        safeguard: { mechanism: 'DEROGATION' },
        exporter: 'CONTROLLER',
        expected: false,
      },
    ])('should judge $name clean: $expected', ({ safeguard, exporter, expected }) => {
      expect(isClean(safeguardFactory.build(safeguard), exporter, '2026-07-01')).toBe(expected);
    });
  });

  describe(selectDecidingSafeguard.name, () => {
    const clean = (mechanism: SafeguardMechanism): SafeguardSnapshot =>
      safeguardFactory.build({ mechanism, signedOn: null, tiaCompletedOn: '2022-01-01' });
    const unclean = (mechanism: SafeguardMechanism): SafeguardSnapshot =>
      safeguardFactory.build({ mechanism, signedOn: null, tiaCompletedOn: null });

    it.each<{ name: string; safeguards: SafeguardSnapshot[]; expected: number | null }>([
      { name: 'nothing from nothing', safeguards: [], expected: null },
      {
        name: 'a clean BCR over an SCC without TIA',
        safeguards: [unclean('SCC_2021'), clean('BCR')],
        expected: 1,
      },
      {
        name: 'a clean SCC_2021 over a clean BCR',
        safeguards: [clean('BCR'), clean('SCC_2021')],
        expected: 1,
      },
      {
        name: 'the first of two clean SCC_2021',
        safeguards: [clean('SCC_2021'), clean('SCC_2021')],
        expected: 0,
      },
      {
        name: 'an unclean SCC_2021 over an unclean BCR',
        safeguards: [unclean('BCR'), unclean('SCC_2021')],
        expected: 1,
      },
      {
        name: 'an unclean CERTIFICATION over a DEROGATION',
        safeguards: [clean('DEROGATION'), unclean('CERTIFICATION')],
        expected: 1,
      },
      {
        name: 'a clean AD_HOC_CLAUSES over an unclean SCC_2021',
        safeguards: [unclean('SCC_2021'), clean('AD_HOC_CLAUSES')],
        expected: 1,
      },
      {
        name: 'CODE_OF_CONDUCT before CERTIFICATION before AD_HOC_CLAUSES',
        safeguards: [clean('AD_HOC_CLAUSES'), clean('CERTIFICATION'), clean('CODE_OF_CONDUCT')],
        expected: 2,
      },
      { name: 'a DEROGATION when it is all there is', safeguards: [clean('DEROGATION')], expected: 0 },
      {
        name: 'a valid legacy SCC over an outdated one',
        safeguards: [
          safeguardFactory.build({ mechanism: 'SCC_LEGACY', signedOn: '2021-10-01' }),
          safeguardFactory.build({ mechanism: 'SCC_LEGACY', signedOn: '2021-01-01' }),
        ],
        expected: 1,
      },
    ])('should select $name', ({ safeguards, expected }) => {
      const asOf = '2022-06-01';
      const applicable = safeguards.map((safeguard, index) => ({ index, safeguard }));
      expect(selectDecidingSafeguard(applicable, 'CONTROLLER', asOf)?.index ?? null).toBe(expected);
    });
  });

  describe(basisOf.name, () => {
    it.each([
      ['SCC_2021', 'SCC'],
      ['SCC_LEGACY', 'SCC'],
      ['BCR', 'BCR'],
      ['CODE_OF_CONDUCT', 'OTHER_SAFEGUARD'],
      ['CERTIFICATION', 'OTHER_SAFEGUARD'],
      ['AD_HOC_CLAUSES', 'OTHER_SAFEGUARD'],
      ['DEROGATION', 'DEROGATION'],
    ] as const)('should map %s to the basis %s', (mechanism, basis) => {
      expect(basisOf(mechanism)).toBe(basis);
    });
  });
});
