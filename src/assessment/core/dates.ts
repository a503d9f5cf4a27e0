// Pure calendar-date helpers for `YYYY-MM-DD` strings. Days are counted on the proleptic Gregorian
// calendar in UTC, with integer arithmetic (no Date object, so no time zone or two-digit-year quirks).
import { type IsoDate } from './model';

/** The GDPR applies from this date (Art. 99(2)); an earlier asOf is refused. */
export const GDPR_APPLICATION_DATE: IsoDate = '2018-05-25';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a string `YYYY-MM-DD` that names a real calendar date (no 2023-02-29, no 2023-13-01). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before). Throws a RangeError for anything that is not a real date. */
export function toEpochDay(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil: years start in March so the leap day is the year's last day.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of toEpochDay. */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Not a whole number of days: ${epochDay}`);
  const shifted = epochDay + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of the YYYY range: day ${epochDay}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

const LAST_DAY = toEpochDay('9999-12-31');
const FIRST_DAY = toEpochDay('0000-01-01');

/**
 * A window's end: like addDays, but a window reaching past the calendar's range ends at its edge. No
 * date can lie beyond 9999-12-31, so "within 180 days of 9999-07-05" still means what it says.
 */
export function windowEnd(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(Math.min(LAST_DAY, Math.max(FIRST_DAY, toEpochDay(date) + days)));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Negative, zero or positive, like a sort comparator. Valid ISO dates order correctly as strings. */
export function compareIsoDates(left: IsoDate, right: IsoDate): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `from <= date <= to`, both ends included. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return from <= date && date <= to;
}
