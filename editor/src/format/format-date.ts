const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** "12 mars 2025" from an ISO timestamp; the raw text if it is not a date. */
export function formatDate(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : LONG_DATE.format(date);
}
