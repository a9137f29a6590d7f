import { type CalendarDate, parseCalendarDate } from '@deedroom/shared';

/**
 * Formats a calendar day the French way: `2027-03-02` → `02/03/2027`. Throws on a malformed or
 * impossible date rather than mailing nonsense.
 *
 * @example formatFrenchDate('2026-11-27') // '27/11/2026'
 */
export function formatFrenchDate(date: CalendarDate): string {
  parseCalendarDate(date);
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
