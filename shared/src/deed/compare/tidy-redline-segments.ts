import type { MarkChange, RedlineSegment, SegmentOp } from '../../schemas/compare';
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

function isBlank(token: InlineToken): boolean {
  return !token.atom && token.text.trim() === '';
}

/**
 * A space kept between two changes would cut "~~a b~~ __c d__" into four pieces: it goes into the
 * change on both sides instead.
 */
function absorbSpacesBetweenChanges(changes: readonly TokenChange[]): TokenChange[] {
  return changes.flatMap((change, index): TokenChange[] => {
    const previous = changes[index - 1];
    const next = changes[index + 1];
    const isBetweenChanges = previous && next && previous.op !== 'equal' && next.op !== 'equal';
    if (change.op === 'equal' && isBetweenChanges && isBlank(change.before) && isBlank(change.after)) {
      return [
        { op: 'delete', token: change.before },
        { op: 'insert', token: change.after },
      ];
    }
    return [change];
  });
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
  for (const change of absorbSpacesBetweenChanges(changes)) {
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
