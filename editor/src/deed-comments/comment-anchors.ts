import { type CommentAnchor, LIMITS } from '@deedroom/shared';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** What the ySync plugin keeps in the editor state: the Yjs type the editor shows, and its node map. */
interface YSyncBinding {
  type: Y.XmlFragment;
  binding: { mapping: ProsemirrorMapping };
}

function readBinding(state: EditorState): YSyncBinding | null {
  const ySync = ySyncPluginKey.getState(state) as Partial<YSyncBinding> | undefined;
  return ySync?.type && ySync.binding?.mapping ? (ySync as YSyncBinding) : null;
}

/** A thread's anchor, decoded once: two Yjs relative positions. */
export interface DecodedAnchor {
  from: Y.RelativePosition;
  to: Y.RelativePosition;
}

export function decodeAnchor(anchor: CommentAnchor): DecodedAnchor | null {
  try {
    return {
      from: Y.decodeRelativePosition(fromBase64(anchor.from)),
      to: Y.decodeRelativePosition(fromBase64(anchor.to)),
    };
  } catch {
    return null;
  }
}

/**
 * Re-associates a text position so that it sticks to the character on its right (`assoc` 0) or on
 * its left (-1). The start of a range sticks to its first character and the end to its last, so
 * typing just outside the range never widens it, and deleting the text collapses it.
 */
function stickTo(ydoc: Y.Doc, position: Y.RelativePosition, assoc: 0 | -1): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, ydoc);
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc);
}

/** The anchor of the range `from`–`to` of the editor's text, or null when it cannot be computed. */
export function encodeAnchor(state: EditorState, from: number, to: number): CommentAnchor | null {
  const ySync = readBinding(state);
  const ydoc = ySync?.type.doc;
  if (!ySync || !ydoc || from >= to) return null;
  const { type, binding } = ySync;
  const start = stickTo(ydoc, absolutePositionToRelativePosition(from, type, binding.mapping), 0);
  const end = stickTo(ydoc, absolutePositionToRelativePosition(to, type, binding.mapping), -1);
  const anchor = {
    from: toBase64(Y.encodeRelativePosition(start)),
    to: toBase64(Y.encodeRelativePosition(end)),
  };
  const isTooLong =
    anchor.from.length > LIMITS.commentAnchorMaxLength || anchor.to.length > LIMITS.commentAnchorMaxLength;
  return isTooLong ? null : anchor;
}

/**
 * Where an anchor is in the editor's text now; null once its text was deleted (both ends then
 * collapse onto one point) or when the document it points into is gone.
 */
export function resolveAnchor(
  state: EditorState,
  anchor: DecodedAnchor,
): { from: number; to: number } | null {
  const ySync = readBinding(state);
  const ydoc = ySync?.type.doc;
  if (!ySync || !ydoc) return null;
  const mapping = ySync.binding.mapping;
  const from = relativePositionToAbsolutePosition(ydoc, ySync.type, anchor.from, mapping);
  const to = relativePositionToAbsolutePosition(ydoc, ySync.type, anchor.to, mapping);
  if (from === null || to === null || from >= to) return null;
  const size = state.doc.content.size;
  if (from < 0 || to > size) return null;
  return { from, to };
}

/** The selected text as a thread keeps it: blanks folded, cut to the quote limit with an ellipsis. */
export function readQuote(state: EditorState, from: number, to: number): string {
  const text = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  const max = LIMITS.commentQuoteMaxLength;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
