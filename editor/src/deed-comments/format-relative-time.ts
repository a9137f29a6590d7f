const RELATIVE = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });
const FULL = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;

/** « à l’instant », « il y a 5 minutes », « hier », then the date for anything older than a week. */
export function formatRelativeTime(isoTimestamp: string, now: number): string {
  const at = new Date(isoTimestamp).getTime();
  if (Number.isNaN(at)) return isoTimestamp;
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return 'à l’instant';
  if (elapsed < HOUR) return RELATIVE.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY_MS) return RELATIVE.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY_MS) return RELATIVE.format(-Math.floor(elapsed / DAY_MS), 'day');
  return DAY.format(at);
}

/** « 27 novembre 2026 à 09:14 », for tooltips. */
export function formatFullTime(isoTimestamp: string): string {
  const at = new Date(isoTimestamp);
  return Number.isNaN(at.getTime()) ? isoTimestamp : FULL.format(at);
}
