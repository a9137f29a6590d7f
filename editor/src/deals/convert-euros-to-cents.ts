/** Whole cents from an amount typed in euros (up to two decimals), rounding away float noise. */
export function convertEurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Euros for an input field from an amount in cents. */
export function convertCentsToEuros(cents: number): number {
  return cents / 100;
}
