import { AppError, type UnlockDeedRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { requireDeedAccess } from './require-deed-access';

/**
 * « Déverrouiller »: an audited exception, with its reason. The text may be changed again; the
 * approvals stay as they were and show as stale as soon as it is.
 */
export async function unlockDeed(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  input: UnlockDeedRequest,
): Promise<void> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.lock');
  if (!deed.lock) throw new AppError('CONFLICT', 'Ce texte n’est pas verrouillé.');
  const at = deps.clock.now().toISOString();
  await deps.stores.deeds.setLock(deedId, null, at);
  await deps.stores.deedLockEvents.append({
    id: createId(),
    deedId,
    action: 'unlock',
    userId: actor.user.id,
    at,
    versionId: deed.lock.versionId,
    reason: input.reason,
  });
  await deps.deedContent.thaw(deedId);
  await recordAudit(deps, {
    action: 'deed.unlock',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { reason: input.reason, lockedAt: deed.lock.lockedAt, lockedBy: deed.lock.lockedBy },
  });
  deps.accessEvents.publish({ type: 'deed-changed', deedId });
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
}
