const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** "12 500 000 €" from an amount in cents. */
export function formatEuros(amountCents: number): string {
  return EUROS.format(amountCents / 100);
}
