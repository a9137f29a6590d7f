import { AppError, resolveDeedEditMode } from '@deedroom/shared';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';

export function lockedDeedConflict(): AppError {
  return new AppError(
    'CONFLICT',
    'Le texte définitif est verrouillé : il ne peut plus être modifié. Demandez à la personne habilitée de le déverrouiller.',
  );
}

/**
 * The gate of what replaces a deed's whole text (a restore, a Word import): `deed.edit`, an
 * unlocked deed, and an organisation not held to suggestions. `what` completes « elle ne peut pas … ».
 */
export async function requireFullEdit(deps: ServiceDeps, actor: Actor, deedId: string, what: string) {
  const access = await requireDeedAccess(deps, actor, deedId, 'deed.edit');
  if (access.deed.lock) throw lockedDeedConflict();
  const editMode = resolveDeedEditMode({
    role: access.staff.role,
    orgKind: actor.user.orgKind,
    suggestionOnlyFor: access.deed.suggestionOnlyFor,
    isLocked: false,
  });
  if (editMode !== 'edit') {
    throw new AppError(
      'FORBIDDEN',
      `Votre organisation ne peut que suggérer des modifications sur cet acte : elle ne peut pas ${what}.`,
    );
  }
  return access;
}
