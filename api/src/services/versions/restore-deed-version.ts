import { DeedFrozenError } from '@deedroom/collab-server';
import { AppError, DEED_FIELD, getDeedSchema, resolveDeedEditMode } from '@deedroom/shared';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { DeedVersionRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from './find-deed-version';
import { readDeedContent } from './read-deed-content';
import { saveDeedVersion } from './save-deed-version';

export function lockedDeedConflict(): AppError {
  return new AppError(
    'CONFLICT',
    'Le texte définitif est verrouillé : il ne peut plus être modifié. Demandez à la personne habilitée de le déverrouiller.',
  );
}

/**
 * « Restaurer »: the deed's text becomes that of an earlier version, as a new change made by the
 * server (committed, then sent to everyone editing) and a new version « Restauration de V3 ».
 * History is never rewritten: every earlier version stays as it was.
 */
export async function restoreDeedVersion(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  versionId: string,
): Promise<DeedVersionRecord> {
  const { deed, staff } = await requireDeedAccess(deps, actor, deedId, 'deed.edit');
  if (deed.lock) throw lockedDeedConflict();
  const editMode = resolveDeedEditMode({
    role: staff.role,
    orgKind: actor.user.orgKind,
    suggestionOnlyFor: deed.suggestionOnlyFor,
    isLocked: false,
  });
  if (editMode !== 'edit') {
    throw new AppError(
      'FORBIDDEN',
      'Votre organisation ne peut que suggérer des modifications sur cet acte : elle ne peut pas restaurer une version.',
    );
  }
  const source = await findDeedVersion(deps, deedId, versionId);
  const restored = getDeedSchema().nodeFromJSON(JSON.parse(source.contentJson));
  try {
    await deps.deedContent.applyChange(
      deedId,
      (doc) =>
        // The smallest change from the current text to the restored one (carets elsewhere survive).
        updateYFragment(doc, doc.getXmlFragment(DEED_FIELD), restored, {
          mapping: new Map(),
          isOMark: new Map(),
        }),
      { actorId: actor.user.id, reason: 'restore' },
    );
  } catch (err) {
    if (err instanceof DeedFrozenError) throw lockedDeedConflict();
    throw err;
  }
  const snapshot = await readDeedContent(deps, deedId);
  const version = await saveDeedVersion(deps, {
    deedId,
    kind: 'restore',
    name: `Restauration de V${source.number}`,
    note: source.name,
    createdBy: actor.user.id,
    snapshot,
    restoredFrom: source.id,
  });
  await recordAudit(deps, {
    action: 'deed.version.restore',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { restoredVersionId: source.id, number: source.number, newVersionId: version.id },
  });
  deps.deedSignals.publish({ deedId, topic: 'versions', orgId: null });
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
  return version;
}
