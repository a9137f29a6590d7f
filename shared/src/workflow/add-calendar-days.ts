import { type CalendarDate, DAY_MS, formatCalendarDate, toUtcMidnight } from './calendar-date';

/**
 * The day `days` calendar days after `date` (before it when negative).
 * @example addCalendarDays('2026-12-31', 1) // '2027-01-01'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return formatCalendarDate(new Date(toUtcMidnight(date) + days * DAY_MS));
}
