import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import type { DealView } from './deal-view';
import { requireDealAccess } from './require-deal-access';

export async function getDeal(deps: ServiceDeps, actor: Actor, dealId: string): Promise<DealView> {
  const { deal, staff } = await requireDealAccess(deps, actor, dealId, 'deal.view');
  const parties = await deps.stores.deals.listParties([deal.id]);
  await recordAudit(deps, { action: 'deal.view', actor, dealId });
  return { deal, parties, role: staff.role };
}
