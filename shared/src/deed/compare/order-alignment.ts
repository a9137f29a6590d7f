import type { BlockPair } from './find-stationary-pairs';

/** One entry of the merged redline order. */
export type AlignedEntry =
  | { kind: 'pair'; before: number; after: number; isMoved: boolean }
  | { kind: 'inserted'; after: number }
  | { kind: 'deleted'; before: number };

/**
 * Lays matched, inserted and deleted blocks out in reading order: the after version's order,
 * with each deleted block back at its former place (after its former predecessor), deletions
 * of a gap before its insertions. Moved blocks appear at their new place only.
 */
export function orderAlignment(
  pairs: readonly BlockPair[],
  isStationary: readonly boolean[],
  beforeCount: number,
  afterCount: number,
): AlignedEntry[] {
  const pairByAfter = new Map<number, { before: number; isMoved: boolean }>();
  const matchedBefore = new Set<number>();
  pairs.forEach((pair, index) => {
    pairByAfter.set(pair.after, { before: pair.before, isMoved: !isStationary[index] });
    matchedBefore.add(pair.before);
  });
  // For each after position, the before index of the next stationary pair (where its gap ends).
  const gapEnd = new Array<number>(afterCount + 1).fill(beforeCount);
  for (let after = afterCount - 1; after >= 0; after -= 1) {
    const pair = pairByAfter.get(after);
    gapEnd[after] = pair && !pair.isMoved ? pair.before : (gapEnd[after + 1] ?? beforeCount);
  }

  const entries: AlignedEntry[] = [];
  let nextBefore = 0;
  const placeDeletedBelow = (limit: number) => {
    for (; nextBefore < limit; nextBefore += 1) {
      if (!matchedBefore.has(nextBefore)) entries.push({ kind: 'deleted', before: nextBefore });
    }
  };
  for (let after = 0; after < afterCount; after += 1) {
    const pair = pairByAfter.get(after);
    placeDeletedBelow(gapEnd[after] ?? beforeCount);
    if (!pair) entries.push({ kind: 'inserted', after });
    else {
      entries.push({ kind: 'pair', before: pair.before, after, isMoved: pair.isMoved });
      if (!pair.isMoved) nextBefore = Math.max(nextBefore, pair.before + 1);
    }
  }
  placeDeletedBelow(beforeCount);
  return entries;
}
