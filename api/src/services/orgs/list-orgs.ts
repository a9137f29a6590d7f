import type { OrgRecord } from '../../store/records';
import type { Actor, ServiceDeps } from '../deps';

/**
 * Bank staff pick the parties of their deals among all organisations; a developer or a notary
 * only ever sees its own organisation.
 */
export async function listOrgs(deps: ServiceDeps, actor: Actor): Promise<OrgRecord[]> {
  if (actor.user.orgKind === 'bank') return deps.stores.orgs.list();
  const own = await deps.stores.orgs.findById(actor.user.orgId);
  return own ? [own] : [];
}
