import { revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { listSuggestionIds } from './list-suggestion-ids';
import { isSuggestionBy } from './suggestion-id';

const ANCHOR = /\u200B/g;

/** The document as it would be if the user withdrew every suggestion of theirs. */
function withdrawSuggestionsOf(doc: Node, userId: string): Node {
  let state = EditorState.create({ doc });
  const dispatch = (tr: Transaction) => {
    state = state.apply(tr);
  };
  for (const id of listSuggestionIds(doc))
    if (isSuggestionBy(id, userId)) revertSuggestion(id)(state, dispatch);
  return state.doc;
}

type Json = { type: string; text?: string; marks?: unknown[]; attrs?: unknown; content?: Json[] };

/**
 * Comparable form: the zero-width anchors suggestions leave at block boundaries are dropped, and
 * adjacent text runs with the same marks are merged, so that equal text compares equal.
 */
function normalise(node: Json): Json {
  if (!node.content) return node.text === undefined ? node : { ...node, text: node.text.replace(ANCHOR, '') };
  const content: Json[] = [];
  for (const child of node.content.map(normalise)) {
    if (child.text === '') continue;
    const last = content.at(-1);
    if (
      last?.text !== undefined &&
      child.text !== undefined &&
      JSON.stringify(last.marks) === JSON.stringify(child.marks)
    ) {
      content[content.length - 1] = { ...last, text: last.text + child.text };
    } else content.push(child);
  }
  return { ...node, content };
}

/**
 * Whether `after` differs from `before` only by the user's own suggestions: with every suggestion
 * of theirs withdrawn, both documents must be the same. Everything else (a plain edit, a change
 * to someone else's text or suggestion, a suggestion signed with someone else's id, accepting or
 * rejecting a suggestion) fails. This is the server's "tracked changes only" protection.
 */
export function isSuggestionOnlyChange(before: Node, after: Node, userId: string): boolean {
  // A keystroke touches one block: compare block by block, and only withdraw where they differ.
  if (before.childCount !== after.childCount) return isSameWithout(before, after, userId);
  for (let i = 0; i < before.childCount; i += 1) {
    const a = before.child(i);
    const b = after.child(i);
    if (a.eq(b)) continue;
    const wrap = (block: Node) => before.type.create(before.attrs, block);
    if (!isSameWithout(wrap(a), wrap(b), userId)) return false;
  }
  return true;
}

function isSameWithout(before: Node, after: Node, userId: string): boolean {
  if (before.eq(after)) return true;
  const base = normalise(withdrawSuggestionsOf(before, userId).toJSON() as Json);
  const next = normalise(withdrawSuggestionsOf(after, userId).toJSON() as Json);
  return JSON.stringify(base) === JSON.stringify(next);
}
