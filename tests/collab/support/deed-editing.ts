import { DEED_FIELD, getDeedSchema, suggestTransaction } from '@deedroom/shared';
import type { Node } from '@tiptap/pm/model';
import { type Command, EditorState, type Transaction } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** The deed as a ProseMirror document, as the editor would show it. */
export function readDeed(doc: Y.Doc): Node {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DEED_FIELD), getDeedSchema());
}

function writeDeed(doc: Y.Doc, next: Node): void {
  updateYFragment(doc, doc.getXmlFragment(DEED_FIELD), next, { mapping: new Map(), isOMark: new Map() });
}

/** Position just before the first occurrence of `needle` in the text. */
export function findText(deed: Node, needle: string): number {
  let found = -1;
  deed.descendants((node, pos) => {
    if (found >= 0) return false;
    const index = node.isText ? (node.text ?? '').indexOf(needle) : -1;
    if (index >= 0) found = pos + index;
    return found < 0;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the deed`);
  return found;
}

/** Makes a change the way the editor does, as a plain edit or (with `suggestAs`) as a suggestion. */
export function editDeed(doc: Y.Doc, edit: (tr: Transaction) => void, suggestAs?: string): void {
  const state = EditorState.create({ doc: readDeed(doc) });
  const tr = state.tr;
  edit(tr);
  writeDeed(doc, state.apply(suggestAs ? suggestTransaction(tr, state, suggestAs) : tr).doc);
}

/** Runs a ProseMirror command (accept, reject…) on the deed, as an editor's browser would. */
export function runOnDeed(doc: Y.Doc, command: Command): void {
  let state = EditorState.create({ doc: readDeed(doc) });
  command(state, (tr) => {
    state = state.apply(tr);
  });
  writeDeed(doc, state.doc);
}
