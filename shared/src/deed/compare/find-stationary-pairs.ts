/** A block of the before version matched with a block of the after version (indexes). */
export interface BlockPair {
  before: number;
  after: number;
}

/**
 * The largest set of pairs that keep their relative order (a longest increasing subsequence of
 * after-indexes, taken in before order). The other pairs are the moved blocks. Returns one flag
 * per pair, in the order given.
 */
export function findStationaryPairs(pairs: readonly BlockPair[]): boolean[] {
  const order = pairs
    .map((_, index) => index)
    .sort((a, b) => (pairs[a]?.before ?? 0) - (pairs[b]?.before ?? 0));
  // tails[k]: position in `order` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  const afterOf = (position: number) => pairs[order[position] ?? 0]?.after ?? 0;
  order.forEach((_, position) => {
    const value = afterOf(position);
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (afterOf(tails[middle] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    previous[position] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = position;
  });
  const isStationary = new Array<boolean>(pairs.length).fill(false);
  for (let position = tails.at(-1) ?? -1; position >= 0; position = previous[position] ?? -1) {
    isStationary[order[position] ?? 0] = true;
  }
  return isStationary;
}
