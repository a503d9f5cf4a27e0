import fc from 'fast-check';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isWithin,
  toEpochDay,
  windowEnd,
} from './dates';

describe('dates', () => {
  describe(isIsoDate.name, () => {
    it.each([
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['2023-04-31', false],
      ['2023-12-31', true],
      ['2023-13-01', false],
      ['2023-00-10', false],
      ['2023-01-00', false],
      ['2023-1-01', false],
      ['20230101', false],
      ['2023-01-01T00:00:00Z', false],
      [' 2023-01-01', false],
      ['', false],
      [undefined, false],
      [20230101, false],
    ])('should judge %p a calendar date: %p', (value, expected) => {
      expect(isIsoDate(value)).toBe(expected);
    });
  });

  describe(addDays.name, () => {
    it.each([
      ['2023-12-31', 1, '2024-01-01'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2023-02-28', 1, '2023-03-01'],
      ['2024-03-01', -1, '2024-02-29'],
      ['2026-07-01', 60, '2026-08-30'],
      ['2031-06-30', 180, '2031-12-27'],
      ['2018-05-25', 0, '2018-05-25'],
      ['1970-01-01', -1, '1969-12-31'],
    ])('should add to %s %i days giving %s', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
    });

    it('should refuse a date that does not exist', () => {
      expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    });
  });

  describe(windowEnd.name, () => {
    it.each([
      ['2026-07-01', 180, '2026-12-28'],
      ['9999-07-01', 180, '9999-12-28'],
      ['9999-07-05', 180, '9999-12-31'],
      ['9999-12-31', 3650, '9999-12-31'],
      ['0000-01-05', -10, '0000-01-01'],
    ])('should end a window of %s plus %i days on %s', (date, days, expected) => {
      expect(windowEnd(date, days)).toBe(expected);
    });
  });

  describe(daysBetween.name, () => {
    it.each([
      ['2026-07-01', '2026-08-30', 60],
      ['2026-07-01', '2026-07-01', 0],
      ['2026-07-02', '2026-07-01', -1],
      ['2024-01-01', '2025-01-01', 366],
    ])('should count from %s to %s %i days', (from, to, expected) => {
      expect(daysBetween(from, to)).toBe(expected);
    });
  });

  it('should agree with the UTC calendar of Date for every day in four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (epochDay) => {
        const expected = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(epochDay)).toBe(expected);
        expect(toEpochDay(expected)).toBe(epochDay);
      }),
    );
  });

  it('should order dates like their epoch days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (left, right) => {
          const comparison = compareIsoDates(fromEpochDay(left), fromEpochDay(right));
          expect(Math.sign(comparison)).toBe(Math.sign(left - right));
        },
      ),
    );
  });

  it.each([
    ['2026-07-01', true],
    ['2026-08-30', true],
    ['2026-06-30', false],
    ['2026-08-31', false],
  ])('should find %s within 2026-07-01..2026-08-30: %p', (date, expected) => {
    expect(isWithin(date, '2026-07-01', '2026-08-30')).toBe(expected);
  });
});
