/** `/deals/:dealId/deeds/:deedId/compare?from=…&to=…`: the redline page of two versions. */
export function compareAddress(dealId: string, deedId: string, from: string, to: string): string {
  const query = new URLSearchParams({ from, to });
  return `/deals/${encodeURIComponent(dealId)}/deeds/${encodeURIComponent(deedId)}/compare?${query.toString()}`;
}
