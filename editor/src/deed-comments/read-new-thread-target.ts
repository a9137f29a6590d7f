import type { EditorState } from '@tiptap/pm/state';
import { encodeAnchor, readQuote } from './comment-anchors';
import type { NewThreadTarget } from './thread-composer';

/** Whether the selection covers some text that a thread could be anchored to. */
export function hasCommentableSelection(state: EditorState): boolean {
  const { from, to, empty } = state.selection;
  return !empty && state.doc.textBetween(from, to, ' ').trim() !== '';
}

/** The current selection as the target of a new thread, or null when it covers no text. */
export function readNewThreadTarget(state: EditorState): NewThreadTarget | null {
  if (!hasCommentableSelection(state)) return null;
  const { from, to } = state.selection;
  const anchor = encodeAnchor(state, from, to);
  return anchor ? { anchor, quote: readQuote(state, from, to) } : null;
}
