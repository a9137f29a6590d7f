/**
 * Suggestion ids carry their author and creation time, so that a suggestion explains itself
 * wherever it travels (Yjs document, version, export) and the server can check who made it:
 * `<userId>~<createdAt in ms, base 36>~<random>`. The random part keeps ids unique across
 * clients typing at the same millisecond.
 */
const SEPARATOR = '~';

export interface SuggestionIdParts {
  authorId: string;
  createdAt: Date;
}

export function createSuggestionId(authorId: string, now: Date, random: string): string {
  return [authorId, now.getTime().toString(36), random].join(SEPARATOR);
}

export function parseSuggestionId(id: unknown): SuggestionIdParts | null {
  if (typeof id !== 'string') return null;
  const [authorId, time, random] = id.split(SEPARATOR);
  if (!authorId || !time || !random) return null;
  const ms = Number.parseInt(time, 36);
  return Number.isFinite(ms) ? { authorId, createdAt: new Date(ms) } : null;
}

export function isSuggestionBy(id: unknown, authorId: string): boolean {
  return parseSuggestionId(id)?.authorId === authorId;
}
