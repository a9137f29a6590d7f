import { DeedFrozenError } from '@deedroom/collab-server';
import { DEED_FIELD, getDeedSchema } from '@deedroom/shared';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { WordDeedNode } from '../../word/word-deed-node';
import type { Actor, ServiceDeps } from '../deps';
import { lockedDeedConflict } from '../versions/restore-deed-version';

/**
 * Makes `content` the deed's live text as a change by the server, the way a restore does: the
 * smallest Yjs change, committed, then sent to everyone editing.
 */
export async function replaceDeedText(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  content: WordDeedNode,
): Promise<void> {
  const node = getDeedSchema().nodeFromJSON(content);
  try {
    await deps.deedContent.applyChange(
      deedId,
      (doc) =>
        updateYFragment(doc, doc.getXmlFragment(DEED_FIELD), node, {
          mapping: new Map(),
          isOMark: new Map(),
        }),
      { actorId: actor.user.id, reason: 'import' },
    );
  } catch (err) {
    if (err instanceof DeedFrozenError) throw lockedDeedConflict();
    throw err;
  }
}
