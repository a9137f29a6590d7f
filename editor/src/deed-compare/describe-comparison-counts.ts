import type { ComparisonCounts } from '@deedroom/shared';
import { NNBSP } from './describe-format-change';

const ARTICLE_CHANGES = [
  ['modified', 'modifié'],
  ['inserted', 'inséré'],
  ['deleted', 'supprimé'],
  ['moved', 'déplacé'],
] as const;

function plural(count: number, word: string): string {
  return count > 1 ? `${word}s` : word;
}

/**
 * « 3 articles modifiés, 1 inséré, 1 supprimé, 1 déplacé »: the noun once, on the first figure.
 * Undefined when no article changed (other than in its formatting).
 */
export function describeArticleCounts(counts: ComparisonCounts): string | undefined {
  const parts = ARTICLE_CHANGES.filter(([key]) => counts[key] > 0).map(([key, adjective], index) => {
    const count = counts[key];
    const words = plural(count, adjective);
    return index === 0 ? `${count} ${plural(count, 'article')} ${words}` : `${count} ${words}`;
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The lesser changes, one phrase each: « Mise en forme seule : 2 articles ». */
export function describeMinorCounts(counts: ComparisonCounts): string[] {
  const phrases: string[] = [];
  if (counts.formatChanged > 0) {
    phrases.push(
      `Mise en forme seule${NNBSP}: ${counts.formatChanged} ${plural(counts.formatChanged, 'article')}`,
    );
  }
  if (counts.otherChanges > 0) {
    phrases.push(
      `Hors articles${NNBSP}: ${counts.otherChanges} ${plural(counts.otherChanges, 'passage')} ${plural(counts.otherChanges, 'modifié')}`,
    );
  }
  return phrases;
}
