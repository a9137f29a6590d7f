import { DeedFreezeTimeoutError } from '@deedroom/collab-server';
import { AppError } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { DeedLockRecord } from '../../store/records';
import { evaluateApprovals } from '../approvals/evaluate-approvals';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { readDeedContent } from '../versions/read-deed-content';
import { saveDeedVersion } from '../versions/save-deed-version';
import { closeLinkedWorkflowItems } from '../workflow/close-linked-workflow-items';
import { requireDeedAccess } from './require-deed-access';

/**
 * « Verrouiller le texte définitif »: once every party approved the text as it is now, an
 * authorised person (`deed.lock`: the notary, the bank's lawyer) locks the deed. The live
 * document is frozen first, so nobody's keystroke can slip in between the check and the lock;
 * it stays frozen (every update refused) until the deed is unlocked.
 */
export async function lockDeed(deps: ServiceDeps, actor: Actor, deedId: string): Promise<DeedLockRecord> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.lock');
  if (deed.lock) throw new AppError('CONFLICT', 'Ce texte est déjà verrouillé.');

  try {
    await deps.deedContent.freeze(deedId);
  } catch (err) {
    // Another node holding the deed did not confirm in time; it was thawed everywhere again.
    if (err instanceof DeedFreezeTimeoutError)
      throw new AppError(
        'CONFLICT',
        'Un serveur n’a pas confirmé le gel du texte : réessayez dans un instant.',
      );
    throw err;
  }
  let lock: DeedLockRecord;
  try {
    const [snapshot, parties, approvals] = await Promise.all([
      readDeedContent(deps, deedId),
      deps.stores.deals.listParties([deed.dealId]),
      deps.stores.deedApprovals.listByDeed(deedId),
    ]);
    const { canLock, lockBlocker } = evaluateApprovals(parties, approvals, snapshot, false);
    if (!canLock) throw new AppError('CONFLICT', `Verrouillage impossible : ${lockBlocker ?? ''}`.trim());
    const version = await saveDeedVersion(deps, {
      deedId,
      kind: 'lock',
      name: 'Texte définitif verrouillé',
      note: '',
      createdBy: actor.user.id,
      snapshot,
    });
    const at = deps.clock.now().toISOString();
    lock = { lockedAt: at, lockedBy: actor.user.id, versionId: version.id };
    await deps.stores.deeds.setLock(deedId, lock, at);
    await deps.stores.deedLockEvents.append({
      id: createId(),
      deedId,
      action: 'lock',
      userId: actor.user.id,
      at,
      versionId: version.id,
      reason: null,
    });
  } catch (err) {
    await deps.deedContent.thaw(deedId);
    throw err;
  }
  await recordAudit(deps, {
    action: 'deed.lock',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { versionId: lock.versionId },
  });
  await closeLinkedWorkflowItems(deps, actor, { kind: 'deed_locked', targetId: deedId, label: deed.title });
  // Every socket on the deed re-checks its rights (now read-only) and the panels refetch.
  deps.accessEvents.publish({ type: 'deed-changed', deedId });
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
  deps.deedSignals.publish({ deedId, topic: 'versions', orgId: null });
  return lock;
}
