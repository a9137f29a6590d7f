import type { DeedVersionRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { findDeedVersion } from './find-deed-version';
import { readDeedContent } from './read-deed-content';
import { replaceDeedText } from './replace-deed-text';
import { requireFullEdit } from './require-full-edit';
import { saveDeedVersion } from './save-deed-version';

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
  const { deed } = await requireFullEdit(deps, actor, deedId, 'restaurer une version');
  const source = await findDeedVersion(deps, deedId, versionId);
  await replaceDeedText(deps, actor, deedId, JSON.parse(source.contentJson) as { type: string }, 'restore');
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
