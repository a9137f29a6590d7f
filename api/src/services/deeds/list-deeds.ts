import type { DeedRecord } from '../../store/records';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export async function listDeeds(deps: ServiceDeps, actor: Actor, dealId: string): Promise<DeedRecord[]> {
  await requireDealAccess(deps, actor, dealId, 'deal.view');
  return deps.stores.deeds.listByDeal(dealId);
}
