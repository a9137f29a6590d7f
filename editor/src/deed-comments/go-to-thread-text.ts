import type { CommentThread } from '@deedroom/shared';
import type { Editor } from '@tiptap/react';
import { resolveAnchor } from './comment-anchors';
import { setActiveCommentThread } from './comment-highlights';
import type { CommentThreadsStore } from './comment-threads-store';

/**
 * Makes the thread the active one (its text is highlighted more strongly), selects its text and
 * brings it into view, without taking the focus away from the panel.
 */
export function goToThreadText(editor: Editor, store: CommentThreadsStore, thread: CommentThread): void {
  if (editor.isDestroyed) return;
  setActiveCommentThread(editor, thread.id);
  const anchor = store.anchorOf(thread);
  const range = anchor && resolveAnchor(editor.state, anchor);
  if (!range) return;
  editor.commands.setTextSelection(range);
  const { node } = editor.view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
