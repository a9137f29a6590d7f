const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** « 12 mars 2026 à 14:05 », Paris time whatever the server's zone, so the PDF is the same anywhere. */
export function formatFrenchDateTime(date: Date): string {
  return DATE_TIME.format(date);
}
