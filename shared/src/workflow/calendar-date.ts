/**
 * A calendar day as an ISO `YYYY-MM-DD` string. Deadlines are days, not instants: all arithmetic
 * runs on UTC midnights so that no time zone or daylight-saving change can move a date.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of a day: UTC has no daylight saving, so days are exact multiples of it. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Dates already checked, with their UTC midnight: a deal portfolio uses a few thousand at most. */
const checkedDays = new Map<CalendarDate, number>();
const CHECKED_DAYS_MAX = 100_000;

/** The UTC midnight (epoch ms) of a `YYYY-MM-DD` string; throws on a malformed or impossible date. */
export function toUtcMidnight(date: CalendarDate): number {
  const known = checkedDays.get(date);
  if (known !== undefined) return known;
  const match = CALENDAR_DATE.exec(date);
  if (match) {
    const [, year, month, day] = match;
    const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    // Date.UTC silently rolls 2026-02-30 over to March (and maps years 0–99 to 1900s); a round trip catches it.
    if (formatCalendarDate(parsed) === date) {
      if (checkedDays.size >= CHECKED_DAYS_MAX) checkedDays.clear();
      checkedDays.set(date, parsed.getTime());
      return parsed.getTime();
    }
  }
  throw new RangeError(`Invalid calendar date "${date}" (expected an existing day as YYYY-MM-DD)`);
}

/** Parses a `YYYY-MM-DD` string into its UTC midnight; throws on a malformed or impossible date. */
export function parseCalendarDate(date: CalendarDate): Date {
  return new Date(toUtcMidnight(date));
}

/** Formats the UTC day of `date` as `YYYY-MM-DD`. */
export function formatCalendarDate(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
