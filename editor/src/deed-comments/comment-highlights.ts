import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Editor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { type DecodedAnchor, resolveAnchor } from './comment-anchors';
import './comment-highlights.css';

/** A thread as the text shows it: where it is anchored, and whether it is internal. */
export interface HighlightedThread {
  id: string;
  anchor: DecodedAnchor;
  isInternal: boolean;
  /** Resolved threads are highlighted only while they are the active one. */
  isResolved: boolean;
}

interface HighlightsState {
  threads: readonly HighlightedThread[];
  activeId: string | null;
  decorations: DecorationSet;
}

interface HighlightsMeta {
  threads?: readonly HighlightedThread[];
  activeId?: string | null;
}

const commentHighlightsKey = new PluginKey<HighlightsState>('deedCommentHighlights');

function buildDecorations(
  state: EditorState,
  threads: readonly HighlightedThread[],
  activeId: string | null,
): DecorationSet {
  const decorations = threads.flatMap((thread) => {
    const isActive = thread.id === activeId;
    if (thread.isResolved && !isActive) return [];
    const range = resolveAnchor(state, thread.anchor);
    if (!range) return [];
    return [
      Decoration.inline(
        range.from,
        range.to,
        {
          class: isActive ? 'deed-comment-anchor deed-comment-anchor--active' : 'deed-comment-anchor',
          'data-comment-thread': thread.id,
          'data-visibility': thread.isInternal ? 'internal' : 'all',
        },
        { threadId: thread.id },
      ),
    ];
  });
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights the commented ranges of the deed (`deed-comment-anchor`, stronger for the active
 * thread). Ranges come from the threads' Yjs relative positions: they are recomputed when a remote
 * change arrives and mapped through local edits in between, like the other people's carets.
 */
export const CommentHighlights = Extension.create({
  name: 'deedCommentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightsState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], activeId: null, decorations: DecorationSet.empty }),
          apply(tr, value, _oldState, newState) {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightsMeta | undefined;
            const ySync = ySyncPluginKey.getState(newState) as { isChangeOrigin?: boolean } | undefined;
            const threads = meta?.threads ?? value.threads;
            const activeId = meta && 'activeId' in meta ? (meta.activeId ?? null) : value.activeId;
            if (meta || ySync?.isChangeOrigin) {
              return { threads, activeId, decorations: buildDecorations(newState, threads, activeId) };
            }
            if (!tr.docChanged) return value;
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick(view, pos) {
            const current = commentHighlightsKey.getState(view.state);
            if (!current) return false;
            // The shortest range under the click is the most specific thread.
            const [hit] = current.decorations.find(pos, pos).sort((a, b) => a.to - a.from - (b.to - b.from));
            const activeId = (hit?.spec as { threadId?: string } | undefined)?.threadId ?? null;
            if (activeId !== current.activeId) {
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { activeId }));
            }
            return false;
          },
        },
      }),
    ];
  },
});

function dispatchMeta(editor: Editor, meta: HighlightsMeta): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false));
}

/** Replaces the highlighted threads. */
export function showCommentHighlights(editor: Editor, threads: readonly HighlightedThread[]): void {
  dispatchMeta(editor, { threads });
}

export function setActiveCommentThread(editor: Editor, threadId: string | null): void {
  dispatchMeta(editor, { activeId: threadId });
}

export function readActiveCommentThread(state: EditorState): string | null {
  return commentHighlightsKey.getState(state)?.activeId ?? null;
}
