import { addCalendarDays } from './add-calendar-days';
import type { CalendarDate } from './calendar-date';
import { isFrenchWorkingDay } from './is-french-working-day';

/**
 * `date` itself when it is a French working day, else the next one: the rule that a deadline
 * expiring on a Saturday, Sunday or public holiday runs to the next working day (CPC art. 642).
 * @example shiftToNextWorkingDay('2025-11-01') // '2025-11-03' (Toussaint, a Saturday)
 */
export function shiftToNextWorkingDay(date: CalendarDate): CalendarDate {
  let current = date;
  while (!isFrenchWorkingDay(current)) current = addCalendarDays(current, 1);
  return current;
}
