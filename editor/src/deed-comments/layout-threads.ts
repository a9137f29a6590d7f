import type { CommentThread } from '@deedroom/shared';
import type { EditorState } from '@tiptap/pm/state';
import { type DecodedAnchor, resolveAnchor } from './comment-anchors';

export interface PlacedThread {
  thread: CommentThread;
  from: number;
  to: number;
}

export interface ThreadLayout {
  /** Threads whose text is still there, in the order of the deed. */
  placed: PlacedThread[];
  /** Threads whose anchored text was deleted: still reachable, listed last. */
  detached: CommentThread[];
}

/** Sorts threads by where their text is now; ties (the same passage) by age. */
export function layoutThreads(
  state: EditorState,
  threads: readonly CommentThread[],
  anchorOf: (thread: CommentThread) => DecodedAnchor | null,
): ThreadLayout {
  const placed: PlacedThread[] = [];
  const detached: CommentThread[] = [];
  for (const thread of threads) {
    const anchor = anchorOf(thread);
    const range = anchor && resolveAnchor(state, anchor);
    if (range) placed.push({ thread, ...range });
    else detached.push(thread);
  }
  placed.sort(
    (a, b) => a.from - b.from || a.to - b.to || a.thread.createdAt.localeCompare(b.thread.createdAt),
  );
  detached.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { placed, detached };
}
