import { type CalendarDate, parseCalendarDate } from '@deedroom/shared';

const DAY_MS = 86_400_000;

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
