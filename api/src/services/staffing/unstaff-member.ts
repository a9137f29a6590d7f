import { AppError } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { assertAnotherManager } from './staff-member';

export async function unstaffMember(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  userId: string,
): Promise<void> {
  await requireDealAccess(deps, actor, dealId, 'staffing.manage');
  const current = await deps.stores.staffing.findRole(dealId, userId);
  if (!current) throw new AppError('NOT_FOUND', 'Cette personne n’est pas staffée sur le dossier.');
  if (current.role === 'bank_manager') await assertAnotherManager(deps, dealId, userId);
  await deps.stores.staffing.remove(dealId, userId);
  deps.accessEvents.publish({ type: 'access-changed', dealId, userId });
  await recordAudit(deps, {
    action: 'staffing.change',
    actor,
    dealId,
    target: `user:${userId}`,
    detail: { from: current.role, to: null },
  });
}
