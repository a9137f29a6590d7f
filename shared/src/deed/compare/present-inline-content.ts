import type { RedlineSegment, SegmentOp } from './deed-comparison';
import type { DeedNode } from './normalize-deed-node';
import { readAtomText } from './tokenize-inline-content';

/**
 * The segments of a text block taken whole (unchanged, inserted or deleted): one per text run,
 * which normalisation already joined by formatting, and one per inline atom.
 */
export function presentInlineContent(
  content: readonly DeedNode[] | undefined,
  op: SegmentOp,
): RedlineSegment[] {
  return (content ?? []).map((node) => {
    const segment: RedlineSegment = {
      op,
      text: node.type === 'text' ? (node.text ?? '') : readAtomText(node),
    };
    if (node.marks && node.marks.length > 0) segment.marks = node.marks.map((mark) => mark.type);
    const href = node.marks?.find((mark) => mark.type === 'link')?.href;
    if (href !== undefined) segment.href = href;
    if (node.type !== 'text') segment.atom = node.type;
    return segment;
  });
}
