/**
 * Amounts in euros written the French way, as numbers, unique, in order: `1 250 000,00 €`,
 * `1.250.000 EUR`, `250 000 euros`, `€ 12 500`, `3 500,50 € HT`. Figures without a euro mark are ignored.
 */
export function extractAmounts(text: string): number[] {
  const amounts: number[] = [];
  const number = String.raw`\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?`;
  const after = new RegExp(String.raw`(?<![\d.,])(${number})\s?(?:€|eur\b|euros?\b)`, 'gi');
  const before = new RegExp(String.raw`(?:€|\beur)\s?(${number})(?![\d])`, 'gi');
  const found: { at: number; value: number }[] = [];
  for (const regex of [after, before]) {
    for (const m of text.matchAll(regex)) {
      const value = parseFrenchNumber(m[1] as string);
      if (Number.isFinite(value)) found.push({ at: m.index, value });
    }
  }
  found.sort((a, b) => a.at - b.at);
  for (const { value } of found) if (!amounts.includes(value)) amounts.push(value);
  return amounts;
}

/** `1 250 000,50` or `1.250.000,50` → 1250000.5 */
export function parseFrenchNumber(written: string): number {
  return Number(written.replace(/[ .\u00a0\u202f]/g, '').replace(',', '.'));
}
