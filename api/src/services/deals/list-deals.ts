import type { Actor, ServiceDeps } from '../deps';
import type { DealView } from './deal-view';

/** Deals the caller is staffed on; nothing else exists for them. */
export async function listDeals(deps: ServiceDeps, actor: Actor): Promise<DealView[]> {
  const deals = await deps.stores.deals.listForUser(actor.user.id);
  const ids = deals.map((d) => d.id);
  const [parties, roles] = await Promise.all([
    deps.stores.deals.listParties(ids),
    deps.stores.staffing.listRolesForUser(actor.user.id, ids),
  ]);
  const roleByDeal = new Map(roles.map((r) => [r.dealId, r.role]));
  return deals.flatMap((deal) => {
    const role = roleByDeal.get(deal.id);
    return role ? [{ deal, role, parties: parties.filter((p) => p.dealId === deal.id) }] : [];
  });
}
