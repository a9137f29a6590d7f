import { addCalendarDays } from './add-calendar-days';
import type { CalendarDate } from './calendar-date';
import { isFrenchWorkingDay } from './is-french-working-day';

/**
 * The French working day reached after counting `workingDays` working days from `date`
 * (backwards when negative); `date` itself is not counted. Zero returns `date` unchanged.
 * @example addWorkingDays('2026-12-24', 1) // '2026-12-28' (Christmas Friday, then a weekend)
 */
export function addWorkingDays(date: CalendarDate, workingDays: number): CalendarDate {
  if (!Number.isInteger(workingDays))
    throw new RangeError(`workingDays must be an integer, got ${workingDays}`);
  const step = workingDays < 0 ? -1 : 1;
  let remaining = Math.abs(workingDays);
  let current = date;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isFrenchWorkingDay(current)) remaining -= 1;
  }
  return current;
}
