import { type DeedEditMode, resolveDeedEditMode } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { type DeedAccess, requireDeedAccess } from './require-deed-access';

export interface DeedView extends DeedAccess {
  editMode: DeedEditMode;
  lockedByName: string | null;
}

/** One deed as the caller sees it: their role, how they may change it, and its lock. */
export async function getDeed(deps: ServiceDeps, actor: Actor, deedId: string): Promise<DeedView> {
  const access = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const { deed, staff } = access;
  const editMode = resolveDeedEditMode({
    role: staff.role,
    orgKind: actor.user.orgKind,
    suggestionOnlyFor: deed.suggestionOnlyFor,
    isLocked: deed.lock !== null,
  });
  const lockedBy = deed.lock && (await deps.stores.users.findById(deed.lock.lockedBy));
  return { ...access, editMode, lockedByName: lockedBy ? lockedBy.name : null };
}
