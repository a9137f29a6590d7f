import type { Editor } from '@tiptap/react';
import { findPositionOfPath } from './build-outline-source';

/** Scrolls the article at `path` to the top of the page and, when editable, puts the caret in its title. */
export function jumpToArticle(editor: Editor, path: readonly number[]): void {
  const position = findPositionOfPath(editor.state.doc, path);
  if (position === undefined) return;
  const element = editor.view.nodeDOM(position);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'start' });
  const titleEnd = position + 1 + (editor.state.doc.nodeAt(position + 1)?.nodeSize ?? 2) - 1;
  editor.chain().setTextSelection(titleEnd).focus(undefined, { scrollIntoView: false }).run();
}
