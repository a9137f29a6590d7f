import type { UpdateDealRequest } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import type { DealView } from './deal-view';
import { requireDealAccess } from './require-deal-access';

export async function updateDeal(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  patch: UpdateDealRequest,
): Promise<DealView> {
  const { staff } = await requireDealAccess(deps, actor, dealId, 'deal.update');
  await deps.stores.deals.update(dealId, { ...patch, updatedAt: deps.clock.now().toISOString() });
  await recordAudit(deps, { action: 'deal.update', actor, dealId, detail: { fields: Object.keys(patch) } });
  const [deal, parties] = await Promise.all([
    deps.stores.deals.findById(dealId),
    deps.stores.deals.listParties([dealId]),
  ]);
  if (!deal) throw new Error(`deal ${dealId} vanished during update`);
  return { deal, parties, role: staff.role };
}
