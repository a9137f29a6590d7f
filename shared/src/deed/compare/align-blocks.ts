import { diffArrays } from 'diff';
import type { BlockPair } from './find-stationary-pairs';
import { findStationaryPairs } from './find-stationary-pairs';
import type { BlockFingerprint } from './fingerprint-block';
import { boundSimilarity, measureSimilarity } from './measure-similarity';
import { type AlignedEntry, orderAlignment } from './order-alignment';

export interface AlignmentPolicy {
  /** Table rows: in a gap with as many rows on each side, the rows pair up by position. */
  isPositional: boolean;
}

/** A changed block between two unchanged neighbours is the same block if this alike. */
const IN_GAP_SIMILARITY = 0.5;
/** ...or this alike when it is alone in its gap on both sides. */
const LONE_BLOCK_SIMILARITY = 0.25;
/** A block found elsewhere must be more alike, and long enough not to match by chance. */
const MOVED_SIMILARITY = 0.6;
const MOVED_MIN_WORDS = 6;
const MOVED_IDENTICAL_MIN_WORDS = 3;

interface Gap {
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/** Pairs identical blocks in order, as the longest common subsequence of their keys. */
function pairIdenticalInOrder(before: BlockFingerprint[], after: BlockFingerprint[]): BlockPair[] {
  const pairs: BlockPair[] = [];
  let b = 0;
  let a = 0;
  for (const change of diffArrays(
    before.map((block) => block.key),
    after.map((block) => block.key),
  )) {
    if (change.removed) b += change.count;
    else if (change.added) a += change.count;
    else {
      for (let k = 0; k < change.count; k += 1) pairs.push({ before: b + k, after: a + k });
      b += change.count;
      a += change.count;
    }
  }
  return pairs;
}

function listGaps(pairs: readonly BlockPair[], beforeCount: number, afterCount: number): Gap[] {
  const gaps: Gap[] = [];
  let beforeStart = 0;
  let afterStart = 0;
  for (const pair of [...pairs, { before: beforeCount, after: afterCount }]) {
    if (pair.before > beforeStart || pair.after > afterStart) {
      gaps.push({ beforeStart, beforeEnd: pair.before, afterStart, afterEnd: pair.after });
    }
    beforeStart = pair.before + 1;
    afterStart = pair.after + 1;
  }
  return gaps;
}

/** Greedy best-first matching: the most alike candidates pair first; ties go to document order. */
function pairMostAlike(
  before: BlockFingerprint[],
  after: BlockFingerprint[],
  beforeIndexes: number[],
  afterIndexes: number[],
  threshold: number,
  isEligible: (block: BlockFingerprint) => boolean = () => true,
): BlockPair[] {
  const candidates: Array<BlockPair & { score: number }> = [];
  for (const b of beforeIndexes) {
    const left = before[b] as BlockFingerprint;
    if (!isEligible(left)) continue;
    for (const a of afterIndexes) {
      const right = after[a] as BlockFingerprint;
      if (!isEligible(right) || boundSimilarity(left, right) < threshold) continue;
      const score = measureSimilarity(left, right);
      if (score >= threshold) candidates.push({ before: b, after: a, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.before - y.before || x.after - y.after);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: BlockPair[] = [];
  for (const candidate of candidates) {
    if (usedBefore.has(candidate.before) || usedAfter.has(candidate.after)) continue;
    usedBefore.add(candidate.before);
    usedAfter.add(candidate.after);
    pairs.push({ before: candidate.before, after: candidate.after });
  }
  return pairs;
}

function pairWithinGap(
  before: BlockFingerprint[],
  after: BlockFingerprint[],
  gap: Gap,
  policy: AlignmentPolicy,
): BlockPair[] {
  const beforeIndexes = range(gap.beforeStart, gap.beforeEnd);
  const afterIndexes = range(gap.afterStart, gap.afterEnd);
  if (policy.isPositional && beforeIndexes.length === afterIndexes.length) {
    return beforeIndexes
      .map((b, k) => ({ before: b, after: afterIndexes[k] ?? 0 }))
      .filter((pair) => before[pair.before]?.family === after[pair.after]?.family);
  }
  const isLone = beforeIndexes.length === 1 && afterIndexes.length === 1;
  const threshold = isLone ? LONE_BLOCK_SIMILARITY : IN_GAP_SIMILARITY;
  return pairMostAlike(before, after, beforeIndexes, afterIndexes, threshold);
}

/** Identical blocks in different places, each taken once, in document order. */
function pairIdenticalAnywhere(
  before: BlockFingerprint[],
  after: BlockFingerprint[],
  beforeIndexes: number[],
  afterIndexes: number[],
): BlockPair[] {
  const waiting = new Map<string, number[]>();
  for (const a of afterIndexes) {
    const block = after[a] as BlockFingerprint;
    if (block.family !== 'article' && block.readWords().count < MOVED_IDENTICAL_MIN_WORDS) continue;
    waiting.set(block.key, [...(waiting.get(block.key) ?? []), a]);
  }
  const pairs: BlockPair[] = [];
  for (const b of beforeIndexes) {
    const a = waiting.get((before[b] as BlockFingerprint).key)?.shift();
    if (a !== undefined) pairs.push({ before: b, after: a });
  }
  return pairs;
}

/**
 * Aligns two lists of sibling blocks: identical blocks in order first (LCS of their keys), then
 * alike blocks within each gap left between them (modified in place), then identical or alike
 * blocks anywhere (moved). Pairs outside the longest order-keeping subset are flagged moved.
 */
export function alignBlocks(
  before: BlockFingerprint[],
  after: BlockFingerprint[],
  policy: AlignmentPolicy,
): AlignedEntry[] {
  const pairs = pairIdenticalInOrder(before, after);
  for (const gap of listGaps(pairs, before.length, after.length)) {
    pairs.push(...pairWithinGap(before, after, gap, policy));
  }
  const matchedBefore = new Set(pairs.map((pair) => pair.before));
  const matchedAfter = new Set(pairs.map((pair) => pair.after));
  const restBefore = range(0, before.length).filter((b) => !matchedBefore.has(b));
  const restAfter = range(0, after.length).filter((a) => !matchedAfter.has(a));
  if (restBefore.length > 0 && restAfter.length > 0) {
    const identical = pairIdenticalAnywhere(before, after, restBefore, restAfter);
    const identicalBefore = new Set(identical.map((pair) => pair.before));
    const identicalAfter = new Set(identical.map((pair) => pair.after));
    const alike = pairMostAlike(
      before,
      after,
      restBefore.filter((b) => !identicalBefore.has(b)),
      restAfter.filter((a) => !identicalAfter.has(a)),
      MOVED_SIMILARITY,
      (block) => block.family === 'article' || block.readWords().count >= MOVED_MIN_WORDS,
    );
    pairs.push(...identical, ...alike);
  }
  pairs.sort((x, y) => x.before - y.before);
  return orderAlignment(pairs, findStationaryPairs(pairs), before.length, after.length);
}
