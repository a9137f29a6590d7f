const NNBSP = '\u202f';
const DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

function toDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** « 14 h 05 », as French typography writes the time of day. */
export function formatClock(iso: string): string {
  const date = toDate(iso);
  if (!date) return iso;
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${date.getHours()}${NNBSP}h${NNBSP}${minutes}`;
}

/** « 27 novembre 2026 ». */
export function formatDay(iso: string): string {
  const date = toDate(iso);
  return date ? DAY.format(date) : iso;
}

/** « le 27 novembre 2026 à 14 h 05 ». */
export function formatMoment(iso: string): string {
  return `le ${formatDay(iso)} à ${formatClock(iso)}`;
}

/** « 14 h 05 – 14 h 20 », or « à 14 h 05 » when both ends fall in the same minute. */
export function formatPeriod(fromIso: string, untilIso: string): string {
  const from = formatClock(fromIso);
  const until = formatClock(untilIso);
  return from === until ? `à ${from}` : `${from} – ${until}`;
}

/** « Aujourd’hui », « Hier » or « 27 novembre 2026 »: the heading of a day in a timeline. */
export function formatDayHeading(iso: string, now = new Date()): string {
  const date = toDate(iso);
  if (!date) return iso;
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(date)) / 86_400_000);
  if (days === 0) return 'Aujourd’hui';
  if (days === 1) return 'Hier';
  return formatDay(iso);
}
