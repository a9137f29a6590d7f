import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { loadVaultRequestViews, type VaultRequestView } from './load-vault-request-views';

/** The deal's checklist, seen by every party staffed on it. */
export async function listVaultRequests(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<VaultRequestView[]> {
  await requireDealAccess(deps, actor, dealId, 'deal.view');
  return loadVaultRequestViews(deps, await deps.stores.vaultRequests.listByDeal(dealId));
}
