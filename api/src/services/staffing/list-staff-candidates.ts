import type { UserWithOrg } from '../../store/records';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

/** People of the deal's own parties not yet staffed on it: never anyone from outside the deal. */
export async function listStaffCandidates(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<UserWithOrg[]> {
  await requireDealAccess(deps, actor, dealId, 'staffing.manage');
  const [parties, staff] = await Promise.all([
    deps.stores.deals.listParties([dealId]),
    deps.stores.staffing.list(dealId),
  ]);
  const staffed = new Set(staff.map((s) => s.userId));
  const users = await deps.stores.users.listByOrgs(parties.map((p) => p.orgId));
  return users.filter((u) => !staffed.has(u.id));
}
