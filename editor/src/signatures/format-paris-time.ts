const FORMAT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** « 27/11/2026 10:15 », Paris time. */
export function formatParisTime(iso: string): string {
  return FORMAT.format(new Date(iso));
}
