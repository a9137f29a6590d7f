/**
 * A calendar day as an ISO `YYYY-MM-DD` string. Deadlines are days, not instants: all arithmetic
 * runs on UTC midnights so that no time zone or daylight-saving change can move a date.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` string into its UTC midnight; throws on a malformed or impossible date. */
export function parseCalendarDate(date: CalendarDate): Date {
  const match = CALENDAR_DATE.exec(date);
  if (match) {
    const [, year, month, day] = match;
    const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    // Date.UTC silently rolls 2026-02-30 over to March; a round trip catches it.
    if (formatCalendarDate(parsed) === date) return parsed;
  }
  throw new RangeError(`Invalid calendar date "${date}" (expected an existing day as YYYY-MM-DD)`);
}

/** Formats the UTC day of `date` as `YYYY-MM-DD`. */
export function formatCalendarDate(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
