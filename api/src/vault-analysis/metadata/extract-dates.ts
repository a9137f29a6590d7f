const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined; // 31/02 and the like
  return date.toISOString().slice(0, 10);
}

/**
 * Dates written the French way, as ISO `YYYY-MM-DD`, unique, in order of appearance:
 * `12/03/2025`, `12-03-2025`, `12.03.2025`, `12 mars 2025`, `1er avril 2025`.
 */
export function extractDates(text: string): string[] {
  const found: { at: number; iso: string }[] = [];
  const folded = foldAccents(text).toLowerCase();
  for (const m of folded.matchAll(/(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g)) {
    const iso = toIso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  const monthNames = Object.keys(MONTHS).join('|');
  const spelled = new RegExp(`(?<!\\d)(\\d{1,2})(?:er)?\\s+(${monthNames})\\s+(\\d{4})(?!\\d)`, 'g');
  for (const m of folded.matchAll(spelled)) {
    const iso = toIso(Number(m[3]), MONTHS[m[2] as string] as number, Number(m[1]));
    if (iso) found.push({ at: m.index, iso });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.iso))];
}
