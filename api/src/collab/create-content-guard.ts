import type { ContentGuard } from '@deedroom/collab-server';
import { DEED_FIELD, getDeedSchema, isSuggestionOnlyChange } from '@deedroom/shared';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

function readDeed(doc: Y.Doc) {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DEED_FIELD), getDeedSchema());
}

/** "Tracked changes only": a suggester's update may only add, extend or withdraw their own suggestions. */
export function createContentGuard(): ContentGuard {
  return {
    isSuggestionOnly: (before, after, userId) =>
      isSuggestionOnlyChange(readDeed(before), readDeed(after), userId),
  };
}
