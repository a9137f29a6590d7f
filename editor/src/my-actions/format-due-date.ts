import { type CalendarDate, parseCalendarDate } from '@deedroom/shared';

const DAY_MS = 86_400_000;

// Calendar days are UTC midnights (see shared `calendar-date`): format them in UTC too.
const DUE_DATE = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « lun. 2 mars 2027 ». */
export function formatDueDate(date: CalendarDate): string {
  return DUE_DATE.format(parseCalendarDate(date));
}

/** Whole days from `today` to `date`: negative once the date has passed. */
export function countDaysUntil(date: CalendarDate, today: CalendarDate): number {
  return Math.round((parseCalendarDate(date).getTime() - parseCalendarDate(today).getTime()) / DAY_MS);
}

/** « aujourd’hui », « demain », « dans 3 jours », « en retard d’un jour », « en retard de 12 jours ». */
export function describeDueDistance(date: CalendarDate, today: CalendarDate): string {
  const days = countDaysUntil(date, today);
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days > 1) return `dans ${days.toLocaleString('fr-FR')} jours`;
  if (days === -1) return 'en retard d’un jour';
  return `en retard de ${(-days).toLocaleString('fr-FR')} jours`;
}

const SHORT_DATE = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const WEEKEND_DAYS = new Set(['samedi', 'dimanche']);

/**
 * Why the date shown is not the computed one, or falls on a day off: « Reporté au jour ouvré
 * suivant (échéance calculée : sam. 28 nov. 2026) », « Tombe un dimanche », « Jour férié : Toussaint »;
 * null for an ordinary working day.
 */
export function describeNonWorkingDayNote(item: {
  nonWorkingDay: string | null;
  isRolled: boolean;
  unrolledDueDate: CalendarDate | null;
}): string | null {
  const reason = item.nonWorkingDay;
  if (reason === null) return null;
  const isWeekend = WEEKEND_DAYS.has(reason);
  if (item.isRolled && item.unrolledDueDate !== null) {
    const computed = SHORT_DATE.format(parseCalendarDate(item.unrolledDueDate));
    return `Reporté au jour ouvré suivant (échéance calculée : ${computed}${isWeekend ? '' : `, ${reason}`})`;
  }
  return isWeekend ? `Tombe un ${reason}` : `Jour férié : ${reason}`;
}
