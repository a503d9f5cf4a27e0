import { type FieldProblem } from '../common/domain-error';
import {
  checkAuthorisationAllowed,
  checkDate,
  checkDateOrder,
  checkEngagedPartyIsProcessor,
  checkEngagementKey,
  checkNotBlank,
  checkPartyKey,
  deriveEngagementKey,
  normalizeCountry,
} from './registry.rules';

describe('registry rules', () => {
  describe(checkPartyKey.name, () => {
    it.each([
      ['softmore-se', true],
      ['46elks', true],
      ['aws.eu_west-1', true],
      ['Åhléns', true],
      ['a'.repeat(100), true],
      ['a'.repeat(101), false],
      ['', false],
      ['acme se', false],
      ['acme/se', false],
      ['acme:se', false],
    ])('should judge the key %p valid: %p', (key, valid) => {
      const problems = checkPartyKey(key, 'input.key');

      expect(problems).toEqual(
        valid ? [] : [{ path: 'input.key', message: expect.stringContaining(`invalid key "${key}"`) }],
      );
    });
  });

  describe(checkNotBlank.name, () => {
    it.each([
      ['Acme', []],
      [' Acme ', []],
      ['', [{ path: '/name', message: 'must not be empty' }]],
      ['  \t ', [{ path: '/name', message: 'must not be empty' }]],
    ])('should check %p', (value, problems) => {
      expect(checkNotBlank(value, '/name')).toEqual(problems);
    });
  });

  describe(normalizeCountry.name, () => {
    it.each([
      ['SE', 'SE'],
      ['se', 'SE'],
      ['UK', 'GB'],
      ['el', 'GR'],
    ])('should normalise %p to %p without a problem', (value, code) => {
      const problems: FieldProblem[] = [];

      expect(normalizeCountry(value, '/country', problems)).toBe(code);
      expect(problems).toEqual([]);
    });

    it.each([['XX'], ['SWE'], [''], [42], [null]])('should report %p as unknown at its path', (value) => {
      const problems: FieldProblem[] = [];

      expect(normalizeCountry(value, '/processors/0/country', problems)).toBeUndefined();
      expect(problems).toEqual([{ path: '/processors/0/country', message: expect.any(String) }]);
    });
  });

  describe(checkDate.name, () => {
    it.each([
      ['2024-02-29', []],
      [null, []],
      [undefined, []],
      ['2023-02-30', [{ path: 'p', message: '"2023-02-30" is not a real calendar date' }]],
      ['2023-1-5', [{ path: 'p', message: '"2023-1-5" is not a date in the form YYYY-MM-DD' }]],
      [20230105, [{ path: 'p', message: '20230105 is not a date in the form YYYY-MM-DD' }]],
    ])('should check %p', (value, problems) => {
      expect(checkDate(value, 'p')).toEqual(problems);
    });
  });

  describe(checkDateOrder.name, () => {
    it.each([
      ['2024-01-01', '2024-12-31', []],
      ['2024-01-01', '2024-01-01', []],
      [null, '2024-01-01', []],
      ['2024-01-01', null, []],
      ['2024-02-30', '2024-01-01', []], // the invalid date is reported by checkDate, once
      [
        '2024-05-01',
        '2024-04-30',
        [{ path: 'dpa.expiresOn', message: 'expiresOn 2024-04-30 is before signedOn 2024-05-01' }],
      ],
    ])('should check %p to %p', (start, end, problems) => {
      expect(checkDateOrder(start, end, 'dpa.expiresOn', 'signedOn', 'expiresOn')).toEqual(problems);
    });
  });

  describe(deriveEngagementKey.name, () => {
    it('should join client, processor and service with slashes', () => {
      expect(deriveEngagementKey('softmore-se', 'zendesk', 'Customer support')).toBe(
        'softmore-se/zendesk/Customer support',
      );
    });
  });

  describe(checkEngagementKey.name, () => {
    it.each([
      ['support-desk', []],
      ['x'.repeat(300), []],
      ['', [{ path: '/key', message: 'must not be empty' }]],
      ['   ', [{ path: '/key', message: 'must not be empty' }]],
      ['x'.repeat(301), [{ path: '/key', message: 'is 301 characters long; at most 300 are allowed' }]],
    ])('should check a key of %p', (key, problems) => {
      expect(checkEngagementKey(key, '/key')).toEqual(problems);
    });
  });

  describe(checkEngagedPartyIsProcessor.name, () => {
    it.each([
      ['PROCESSOR' as const, []],
      [
        'CONTROLLER' as const,
        [
          {
            path: 'input.processor',
            message: '"acme" is a controller; only a processor can be engaged as processor',
          },
        ],
      ],
    ])('should check a %s', (kind, problems) => {
      expect(checkEngagedPartyIsProcessor(kind, 'acme', 'input.processor')).toEqual(problems);
    });
  });

  describe(checkAuthorisationAllowed.name, () => {
    it.each([
      ['PROCESSOR' as const, 'GENERAL', 0],
      ['PROCESSOR' as const, undefined, 0],
      ['CONTROLLER' as const, undefined, 0],
      ['CONTROLLER' as const, null, 0],
      ['CONTROLLER' as const, 'NONE', 1],
      ['CONTROLLER' as const, 'GENERAL', 1],
    ])('should allow for a %s client the authorisation %p with %p problems', (kind, authorisation, count) => {
      const problems = checkAuthorisationAllowed(kind, 'acme', authorisation, '/engagements/0/authorisation');

      expect(problems).toHaveLength(count);
      for (const problem of problems) {
        expect(problem).toEqual({
          path: '/engagements/0/authorisation',
          message: expect.stringContaining('"acme" is a controller'),
        });
      }
    });
  });
});
