import { AppError } from '@deedroom/shared';
import type { UserWithOrg } from '../../store/records';
import type { Actor, ServiceDeps } from '../deps';

/** Members of one organisation: administrators see any, everyone else only their own. */
export async function listOrgUsers(deps: ServiceDeps, actor: Actor, orgId: string): Promise<UserWithOrg[]> {
  const isAllowed = (actor.user.isAdmin && actor.user.orgKind === 'bank') || actor.user.orgId === orgId;
  const org = isAllowed ? await deps.stores.orgs.findById(orgId) : undefined;
  if (!org) throw new AppError('NOT_FOUND', 'Organisation introuvable.');
  return deps.stores.users.listByOrg(orgId);
}
