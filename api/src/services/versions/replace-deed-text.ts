import { DeedFrozenError } from '@deedroom/collab-server';
import { DEED_FIELD, getDeedSchema } from '@deedroom/shared';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { Actor, ServiceDeps } from '../deps';
import { lockedDeedConflict } from './require-full-edit';

/**
 * Makes `content` the deed's live text as a change by the server, the way a restore does: the
 * smallest Yjs change, committed, then sent to everyone editing.
 */
export async function replaceDeedText(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  /** The new text as ProseMirror JSON (a version's content, an imported Word file). */
  content: { type: string },
  reason: 'restore' | 'import',
): Promise<void> {
  const node = getDeedSchema().nodeFromJSON(content);
  try {
    await deps.deedContent.applyChange(
      deedId,
      (doc) =>
        // The smallest change from the current text to the new one (carets elsewhere survive).
        updateYFragment(doc, doc.getXmlFragment(DEED_FIELD), node, {
          mapping: new Map(),
          isOMark: new Map(),
        }),
      { actorId: actor.user.id, reason },
    );
  } catch (err) {
    if (err instanceof DeedFrozenError) throw lockedDeedConflict();
    throw err;
  }
}
