import type { Content } from 'pdfmake/interfaces';

/**
 * A heading followed by its first block, kept on one page when that block is a paragraph: no
 * article title is left alone at the foot of a page. (pdfmake's `pageBreakBefore` hook would do
 * it too, but it lays the whole document out again for every break it moves.)
 */
export function keepHeadingWithNext(heading: Content, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  const isParagraph =
    first !== undefined && typeof first === 'object' && 'text' in first && !('pageBreak' in first);
  if (!isParagraph) return [heading, ...blocks];
  return [{ stack: [heading, first], unbreakable: true }, ...rest];
}
