import type { MarkChange, RedlineSegment, SegmentOp } from './deed-comparison';
import type { InlineToken } from './tokenize-inline-content';

/** One token of a word diff: an equal token knows both sides, to tell a formatting change. */
export type TokenChange =
  | { op: 'equal'; before: InlineToken; after: InlineToken }
  | { op: 'insert'; token: InlineToken }
  | { op: 'delete'; token: InlineToken };

function describeMarkChange(before: InlineToken, after: InlineToken): MarkChange | undefined {
  if (before.formatKey === after.formatKey) return undefined;
  const change: MarkChange = { before: before.marks, after: after.marks };
  if (before.href !== undefined) change.hrefBefore = before.href;
  if (after.href !== undefined) change.hrefAfter = after.href;
  return change;
}

function toSegment(op: SegmentOp, token: InlineToken, markChange?: MarkChange): RedlineSegment {
  const segment: RedlineSegment = { op, text: token.text };
  if (token.marks.length > 0) segment.marks = token.marks;
  if (token.href !== undefined) segment.href = token.href;
  if (token.atom) segment.atom = token.atom;
  if (markChange) segment.markChange = markChange;
  return segment;
}

/** Longest run of spaces and signs kept between two changes that is folded into them. */
const MAX_FOLDED_TOKENS = 3;
const HAS_WORD = /[\p{L}\p{N}]/u;

function isSpaceOrSign(token: InlineToken): boolean {
  return !token.atom && !HAS_WORD.test(token.text);
}

/**
 * A few spaces or signs kept between two changes would cut "~~six (6~~ __douze (12__)" into
 * four pieces: they go into the change on both sides instead.
 */
function foldSignsBetweenChanges(changes: readonly TokenChange[]): TokenChange[] {
  const result: TokenChange[] = [];
  let index = 0;
  while (index < changes.length) {
    const change = changes[index] as TokenChange;
    if (change.op !== 'equal') {
      result.push(change);
      index += 1;
      continue;
    }
    let end = index;
    while (changes[end]?.op === 'equal') end += 1;
    const run = changes.slice(index, end) as Array<Extract<TokenChange, { op: 'equal' }>>;
    const isBetweenChanges = index > 0 && end < changes.length;
    const isFoldable =
      isBetweenChanges &&
      run.length <= MAX_FOLDED_TOKENS &&
      run.every((kept) => isSpaceOrSign(kept.before) && isSpaceOrSign(kept.after));
    if (isFoldable) {
      result.push(...run.map((kept): TokenChange => ({ op: 'delete', token: kept.before })));
      result.push(...run.map((kept): TokenChange => ({ op: 'insert', token: kept.after })));
    } else {
      result.push(...run);
    }
    index = end;
  }
  return result;
}

function canJoin(a: RedlineSegment, b: RedlineSegment): boolean {
  return (
    a.op === b.op &&
    !a.atom &&
    !b.atom &&
    (a.marks ?? []).join() === (b.marks ?? []).join() &&
    a.href === b.href &&
    JSON.stringify(a.markChange) === JSON.stringify(b.markChange)
  );
}

/**
 * Turns a token diff into readable segments: within each run of changes, the deleted words come
 * first and the inserted ones after, and neighbours of the same kind and formatting are joined.
 */
export function tidyRedlineSegments(changes: readonly TokenChange[]): RedlineSegment[] {
  const ordered: RedlineSegment[] = [];
  let deleted: RedlineSegment[] = [];
  let inserted: RedlineSegment[] = [];
  const flushRun = () => {
    ordered.push(...deleted, ...inserted);
    deleted = [];
    inserted = [];
  };
  for (const change of foldSignsBetweenChanges(changes)) {
    if (change.op === 'delete') deleted.push(toSegment('delete', change.token));
    else if (change.op === 'insert') inserted.push(toSegment('insert', change.token));
    else {
      flushRun();
      ordered.push(toSegment('equal', change.after, describeMarkChange(change.before, change.after)));
    }
  }
  flushRun();
  const joined: RedlineSegment[] = [];
  for (const segment of ordered) {
    const previous = joined.at(-1);
    if (previous && canJoin(previous, segment)) previous.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}
