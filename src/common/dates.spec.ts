import { describeInvalidDate, isIsoDate, isValidTimeZone, todayIn } from './dates';

describe('common dates', () => {
  describe(isIsoDate.name, () => {
    it.each([
      ['2024-02-29', true],
      ['2023-02-28', true],
      ['2023-02-29', false],
      ['2023-02-30', false],
      ['2023-04-31', false],
      ['2023-1-5', false],
      ['2023-01-05T00:00:00Z', false],
      [null, false],
    ])('should judge %p a calendar date: %p', (value, expected) => {
      expect(isIsoDate(value)).toBe(expected);
    });
  });

  describe(describeInvalidDate.name, () => {
    it.each([
      ['2023-02-30', '"2023-02-30" is not a real calendar date'],
      ['2023-13-01', '"2023-13-01" is not a real calendar date'],
      ['2023-1-5', '"2023-1-5" is not a date in the form YYYY-MM-DD'],
      ['5 Jan 2023', '"5 Jan 2023" is not a date in the form YYYY-MM-DD'],
      [20230105, '20230105 is not a date in the form YYYY-MM-DD'],
      [null, 'null is not a date in the form YYYY-MM-DD'],
    ])('should explain why %p is not a date', (value, message) => {
      expect(describeInvalidDate(value)).toBe(message);
    });
  });

  describe(todayIn.name, () => {
    // 2024-03-31 22:30 UTC: already 1 April in Stockholm (CEST, UTC+2), still 31 March in New York.
    const now = new Date('2024-03-31T22:30:00Z');

    it.each([
      ['Europe/Stockholm', '2024-04-01'],
      ['UTC', '2024-03-31'],
      ['America/New_York', '2024-03-31'],
      ['Asia/Tokyo', '2024-04-01'],
    ])('should give the date in %s', (timeZone, date) => {
      expect(todayIn(timeZone, now)).toBe(date);
    });

    it('should write a date in the form YYYY-MM-DD', () => {
      expect(todayIn('Europe/Stockholm', new Date('2024-01-05T12:00:00Z'))).toBe('2024-01-05');
    });
  });

  describe(isValidTimeZone.name, () => {
    it.each([
      ['Europe/Stockholm', true],
      ['UTC', true],
      ['Mars/Base', false],
      ['CEST+1', false],
    ])('should judge %p a time zone: %p', (timeZone, valid) => {
      expect(isValidTimeZone(timeZone)).toBe(valid);
    });
  });
});
