import type { Actor, ServiceDeps } from '../deps';
import { type DeedAccess, requireDeedAccess } from './require-deed-access';

export function getDeed(deps: ServiceDeps, actor: Actor, deedId: string): Promise<DeedAccess> {
  return requireDeedAccess(deps, actor, deedId, 'deal.view');
}
