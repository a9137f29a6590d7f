import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { approvalsFrozenConflict } from './approve-deed';

/**
 * Withdraws the caller's organisation's approval, possible until the deed is locked. Withdrawing
 * when there is none changes nothing (the request may be repeated safely).
 */
export async function withdrawDeedApproval(deps: ServiceDeps, actor: Actor, deedId: string): Promise<void> {
  const { deed } = await requireDeedAccess(deps, actor, deedId, 'deed.approve');
  if (deed.lock) throw approvalsFrozenConflict();
  const at = deps.clock.now().toISOString();
  const hasWithdrawn = await deps.stores.deedApprovals.withdraw(deedId, actor.user.orgId, actor.user.id, at);
  if (!hasWithdrawn) return;
  await recordAudit(deps, {
    action: 'deed.approval.withdraw',
    actor,
    dealId: deed.dealId,
    target: `deed:${deedId}`,
    detail: { orgId: actor.user.orgId },
  });
  deps.deedSignals.publish({ deedId, topic: 'approvals', orgId: null });
}
