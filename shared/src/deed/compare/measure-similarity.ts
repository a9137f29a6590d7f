import type { BlockFingerprint } from './fingerprint-block';

/** Weight of the title in an article's similarity: a renamed article is still the same article. */
const TITLE_WEIGHT = 0.3;

/** Dice coefficient of two bags of words: 1 for the same words, 0 for none in common. */
function measureOverlap(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const count of a.values()) sizeA += count;
  for (const [word, count] of b) {
    sizeB += count;
    common += Math.min(count, a.get(word) ?? 0);
  }
  if (sizeA + sizeB === 0) return 1;
  return (2 * common) / (sizeA + sizeB);
}

/**
 * How alike two blocks read, from 0 to 1. Blocks of different families never match; an
 * article's title and text are weighed apart, so neither a new title nor a reworded clause
 * hides that it is the same article.
 */
export function measureSimilarity(a: BlockFingerprint, b: BlockFingerprint): number {
  if (a.family !== b.family) return 0;
  const left = a.readWords();
  const right = b.readWords();
  if (a.family !== 'article') return measureOverlap(left.body, right.body);
  const titles = measureOverlap(left.title, right.title);
  if (left.body.size === 0 && right.body.size === 0) return titles;
  return TITLE_WEIGHT * titles + (1 - TITLE_WEIGHT) * measureOverlap(left.body, right.body);
}

/** An upper bound of the similarity from the word counts alone, to skip hopeless candidates. */
export function boundSimilarity(a: BlockFingerprint, b: BlockFingerprint): number {
  if (a.family !== b.family) return 0;
  if (a.family === 'article') return 1;
  const left = a.readWords().count;
  const right = b.readWords().count;
  const total = left + right;
  return total === 0 ? 1 : (2 * Math.min(left, right)) / total;
}
