import type { Content } from 'pdfmake/interfaces';

/** Stands for a deed's page break among converted blocks, until `applyPageBreaks` resolves it. */
export const PAGE_BREAK = Symbol('page break');

/**
 * Turns page-break markers into `pageBreak: 'before'` on the block that follows, so a break takes
 * no line of its own; a break with nothing after it in its container breaks after an empty mark.
 */
export function applyPageBreaks(blocks: ReadonlyArray<Content | typeof PAGE_BREAK>): Content[] {
  const result: Content[] = [];
  let isBreakPending = false;
  for (const block of blocks) {
    if (block === PAGE_BREAK) {
      isBreakPending = true;
      continue;
    }
    if (isBreakPending && typeof block === 'object' && !Array.isArray(block)) {
      result.push({ ...block, pageBreak: 'before' } as Content);
    } else {
      result.push(block);
    }
    isBreakPending = false;
  }
  if (isBreakPending) result.push({ text: '', pageBreak: 'after' });
  return result;
}
