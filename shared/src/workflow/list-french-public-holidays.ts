import { addCalendarDays } from './add-calendar-days';
import type { CalendarDate } from './calendar-date';
import { computeEasterSunday } from './compute-easter-sunday';

export interface FrenchPublicHoliday {
  date: CalendarDate;
  /** French name as shown in the UI, e.g. « lundi de Pâques ». */
  name: string;
}

const FIXED_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'jour de l’an' },
  { monthDay: '05-01', name: 'fête du Travail' },
  { monthDay: '05-08', name: 'Victoire 1945' },
  { monthDay: '07-14', name: 'fête nationale' },
  { monthDay: '08-15', name: 'Assomption' },
  { monthDay: '11-01', name: 'Toussaint' },
  { monthDay: '11-11', name: 'Armistice 1918' },
  { monthDay: '12-25', name: 'Noël' },
];

const EASTER_BASED_HOLIDAYS: readonly { daysAfterEaster: number; name: string }[] = [
  { daysAfterEaster: 1, name: 'lundi de Pâques' },
  { daysAfterEaster: 39, name: 'Ascension' },
  { daysAfterEaster: 50, name: 'lundi de Pentecôte' },
];

const holidaysByYear = new Map<number, readonly FrenchPublicHoliday[]>();

/**
 * The 11 public holidays (jours fériés) of metropolitan France in `year`, in date order.
 * Alsace-Moselle's two extra days (Vendredi saint, 26 December) are not included.
 */
export function listFrenchPublicHolidays(year: number): readonly FrenchPublicHoliday[] {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const easter = computeEasterSunday(year);
  const yearPrefix = String(year).padStart(4, '0');
  const holidays: FrenchPublicHoliday[] = [
    ...FIXED_HOLIDAYS.map(({ monthDay, name }) => ({ date: `${yearPrefix}-${monthDay}`, name })),
    ...EASTER_BASED_HOLIDAYS.map(({ daysAfterEaster, name }) => ({
      date: addCalendarDays(easter, daysAfterEaster),
      name,
    })),
  ];
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(holidays.map((holiday) => Object.freeze(holiday)));
  holidaysByYear.set(year, frozen);
  return frozen;
}
