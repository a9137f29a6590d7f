/** A ProseMirror JSON node of the deed schema, with its marks, as the Word conversion reads it. */
export interface WordDeedNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: WordDeedMark[];
  content?: WordDeedNode[];
}

export interface WordDeedMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** Nodes whose inline content is one Word paragraph. */
export const TEXTBLOCK_TYPES = new Set(['paragraph', 'heading', 'articleTitle']);

/** The text a reader sees in an inline node ("Annexe 3" for an annex reference). */
export function readInlineText(node: WordDeedNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'annexReference') return `Annexe ${String(node.attrs?.label ?? '')}`;
  if (node.type === 'hardBreak') return '\n';
  return '';
}

/** Every textblock of the document in reading order: what comments are anchored on. */
export function listTextblocks(doc: WordDeedNode): WordDeedNode[] {
  const found: WordDeedNode[] = [];
  const walk = (node: WordDeedNode) => {
    if (TEXTBLOCK_TYPES.has(node.type)) {
      found.push(node);
      return;
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return found;
}

/** The plain text of a textblock, as the editor's quote of a selection inside it reads. */
export function readTextblockText(block: WordDeedNode): string {
  return (block.content ?? []).map(readInlineText).join('');
}
