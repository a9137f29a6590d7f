import { DEED_FIELD, type DeedJsonNode, getDeedSchema } from '@deedroom/shared';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The deed body of a Yjs state as ProseMirror JSON (the deed schema). */
export function deedJsonFromState(state: Uint8Array): DeedJsonNode {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DEED_FIELD), getDeedSchema());
    return root.toJSON() as DeedJsonNode;
  } finally {
    doc.destroy();
  }
}
