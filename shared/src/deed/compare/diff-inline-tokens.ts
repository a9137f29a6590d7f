import { diffArrays } from 'diff';
import type { RedlineSegment } from './deed-comparison';
import { type TokenChange, tidyRedlineSegments } from './tidy-redline-segments';
import type { InlineToken } from './tokenize-inline-content';

const isSameWord = (a: InlineToken, b: InlineToken) => a.matchKey === b.matchKey;

/**
 * Word-level redline of two text blocks (jsdiff's Myers diff on tokens): the words compare by
 * text, then each kept word compares its formatting.
 */
export function diffInlineTokens(before: InlineToken[], after: InlineToken[]): RedlineSegment[] {
  const changes: TokenChange[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const change of diffArrays(before, after, { comparator: isSameWord })) {
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) {
        changes.push({ op: 'delete', token: before[beforeIndex] as InlineToken });
        beforeIndex += 1;
      } else if (change.added) {
        changes.push({ op: 'insert', token: after[afterIndex] as InlineToken });
        afterIndex += 1;
      } else {
        changes.push({
          op: 'equal',
          before: before[beforeIndex] as InlineToken,
          after: after[afterIndex] as InlineToken,
        });
        beforeIndex += 1;
        afterIndex += 1;
      }
    }
  }
  return tidyRedlineSegments(changes);
}
