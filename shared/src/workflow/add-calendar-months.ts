import { type CalendarDate, formatCalendarDate, parseCalendarDate } from './calendar-date';

/**
 * The same day of the month `months` months later (earlier when negative), clamped to the last
 * day of the target month when it has fewer days: 31 January + 1 month = 28 (or 29) February.
 * @example addCalendarMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const parsed = parseCalendarDate(date);
  const targetMonthIndex = parsed.getUTCFullYear() * 12 + parsed.getUTCMonth() + months;
  const year = Math.floor(targetMonthIndex / 12);
  const month = targetMonthIndex - year * 12;
  // Day 0 of the following month is the last day of the target month.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, month, Math.min(parsed.getUTCDate(), lastDay)));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  result.setUTCFullYear(year);
  return formatCalendarDate(result);
}
