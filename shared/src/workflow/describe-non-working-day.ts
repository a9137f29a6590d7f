import { type CalendarDate, parseCalendarDate } from './calendar-date';
import { listFrenchPublicHolidays } from './list-french-public-holidays';

/**
 * Why `date` is not a working day in France, in French: the public holiday's name
 * (« lundi de Pâques », « Toussaint »…), which wins over the weekend, else « samedi » or
 * « dimanche »; null for a working day.
 */
export function describeNonWorkingDay(date: CalendarDate): string | null {
  const parsed = parseCalendarDate(date);
  const holiday = listFrenchPublicHolidays(parsed.getUTCFullYear()).find((h) => h.date === date);
  if (holiday) return holiday.name;
  const weekday = parsed.getUTCDay();
  if (weekday === 6) return 'samedi';
  if (weekday === 0) return 'dimanche';
  return null;
}
