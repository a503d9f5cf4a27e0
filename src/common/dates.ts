// Calendar dates are `YYYY-MM-DD` strings everywhere (GraphQL, database, documents, the assessor):
// no time zone can shift them, and string order is date order.

// One definition of a real calendar date, shared with the (pure) assessor.
export { isIsoDate } from '../assessment/core/dates';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value is not an ISO date, for error messages. */
export function describeInvalidDate(value: unknown): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return `"${value}" is not a real calendar date`;
  return `${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`;
}

/** Today's date in the given IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}
