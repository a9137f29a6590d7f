import type { CalendarDate } from './calendar-date';

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day an instant falls on in metropolitan France, where deadlines are counted.
 * @example toParisCalendarDate(new Date('2026-12-31T23:30:00Z')) // '2027-01-01'
 */
export function toParisCalendarDate(instant: Date): CalendarDate {
  return PARIS_DAY.format(instant);
}
