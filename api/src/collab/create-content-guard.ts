import type { ContentGuard } from '@deedroom/collab-server';
import { DEED_FIELD, getDeedSchema, isSuggestionOnlyChange } from '@deedroom/shared';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

type Node = ReturnType<typeof yXmlFragmentToProseMirrorRootNode>;

/**
 * "Tracked changes only": a suggester's update may only add, extend or withdraw their own
 * suggestions. The room's own document is read once per change of it (every keystroke of a
 * suggester compares against it), the scratch replica after each tried update.
 */
export function createContentGuard(): ContentGuard {
  const readings = new WeakMap<Y.Doc, Node | null>();

  function readDeed(doc: Y.Doc): Node {
    return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DEED_FIELD), getDeedSchema());
  }

  function readRoomDeed(doc: Y.Doc): Node {
    let node = readings.get(doc);
    if (node === undefined) doc.on('update', () => readings.set(doc, null));
    if (!node) {
      node = readDeed(doc);
      readings.set(doc, node);
    }
    return node;
  }

  return {
    isSuggestionOnly: (before, after, userId) =>
      isSuggestionOnlyChange(readRoomDeed(before), readDeed(after), userId),
  };
}
