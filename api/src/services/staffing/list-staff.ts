import type { StaffMemberRecord } from '../../store/records';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export async function listStaff(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<StaffMemberRecord[]> {
  await requireDealAccess(deps, actor, dealId, 'deal.view');
  return deps.stores.staffing.list(dealId);
}
