import type { CalendarDate } from './calendar-date';
import { describeNonWorkingDay } from './describe-non-working-day';

/** True when `date` is neither a Saturday, a Sunday nor a public holiday of metropolitan France. */
export function isFrenchWorkingDay(date: CalendarDate): boolean {
  return describeNonWorkingDay(date) === null;
}
