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

/**
 * Why the date shown is not the computed one, or is on a day off: « Reporté du sam. 1 mai 2027
 * (fête du Travail) », « Tombe un jour non ouvré (dimanche) »; null for an ordinary working day.
 */
export function describeNonWorkingDayNote(item: {
  nonWorkingDay: string | null;
  isRolled: boolean;
  unrolledDueDate: CalendarDate | null;
}): string | null {
  if (item.nonWorkingDay === null) return null;
  if (item.isRolled && item.unrolledDueDate !== null) {
    return `Reporté au jour ouvré suivant : le ${formatDueDate(item.unrolledDueDate)} est non ouvré (${item.nonWorkingDay})`;
  }
  return `Tombe un jour non ouvré (${item.nonWorkingDay})`;
}
