import type { CommentThread } from '@deedroom/shared';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DecodedAnchor } from './comment-anchors';
import { layoutThreads, type ThreadLayout } from './layout-threads';

/** Typing does not reorder the list on every keystroke: the order is recomputed after a pause. */
const RELAYOUT_DELAY_MS = 250;

/** The threads in document order, kept current as the text changes (locally or remotely). */
export function useThreadLayout(
  editor: Editor,
  threads: readonly CommentThread[],
  anchorOf: (thread: CommentThread) => DecodedAnchor | null,
): ThreadLayout {
  const [layout, setLayout] = useState(() => layoutThreads(editor.state, threads, anchorOf));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const relayout = () => {
      if (!editor.isDestroyed) setLayout(layoutThreads(editor.state, threads, anchorOf));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(relayout, RELAYOUT_DELAY_MS);
    };
    relayout();
    editor.on('update', schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, threads, anchorOf]);
  return layout;
}
