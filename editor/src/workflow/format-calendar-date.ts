import { type CalendarDate, parseCalendarDate } from '@deedroom/shared';

// Calendar dates are UTC midnights (see shared calendar-date.ts): format them in UTC.
const WITH_WEEKDAY = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const WEEKDAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** « lun. 2 mars 2027 » */
export function formatCalendarDateFrench(date: CalendarDate): string {
  return WITH_WEEKDAY.format(parseCalendarDate(date));
}

/** « lundi » */
export function formatWeekday(date: CalendarDate): string {
  return WEEKDAY.format(parseCalendarDate(date));
}

/** « mars 2027 », for the timeline's month headers. */
export function formatMonthFrench(date: CalendarDate): string {
  return MONTH.format(parseCalendarDate(date));
}
