import { type CalendarDate, parseCalendarDate } from './calendar-date';
import { listFrenchPublicHolidays } from './list-french-public-holidays';

/** Answers already given (schedules ask about the same few thousand days over and over). */
const described = new Map<CalendarDate, string | null>();
const DESCRIBED_MAX = 100_000;

/**
 * Why `date` is not a working day in France, in French: the public holiday's name
 * (« lundi de Pâques », « Toussaint »…), which wins over the weekend, else « samedi » or
 * « dimanche »; null for a working day.
 */
export function describeNonWorkingDay(date: CalendarDate): string | null {
  const known = described.get(date);
  if (known !== undefined) return known;
  const parsed = parseCalendarDate(date);
  const holiday = listFrenchPublicHolidays(parsed.getUTCFullYear()).find((h) => h.date === date);
  const weekday = parsed.getUTCDay();
  const description = holiday?.name ?? (weekday === 6 ? 'samedi' : weekday === 0 ? 'dimanche' : null);
  if (described.size >= DESCRIBED_MAX) described.clear();
  described.set(date, description);
  return description;
}
