import { type CalendarDate, formatCalendarDate } from './calendar-date';

/**
 * Easter Sunday of a Gregorian year (1583 onwards), by the anonymous Gregorian computus: the
 * first Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function computeEasterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`Easter is computed for Gregorian years from 1583, got ${year}`);
  }
  const goldenNumber = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapYears = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  // Days from 21 March to the ecclesiastical full moon, before the Sunday adjustment.
  const epact = (19 * goldenNumber + century - skippedLeapYears - solarCorrection + 15) % 30;
  const leapYearsInCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const daysToSunday = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
  const lateCorrection = Math.floor((goldenNumber + 11 * epact + 22 * daysToSunday) / 451);
  const dayOffset = epact + daysToSunday - 7 * lateCorrection + 114;
  const month = Math.floor(dayOffset / 31);
  const day = (dayOffset % 31) + 1;
  return formatCalendarDate(new Date(Date.UTC(year, month - 1, day)));
}
