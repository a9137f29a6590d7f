import { AppError, type ChangePasswordRequest } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { hashPassword, verifyPassword } from './password-hashing';

/** Replaces the caller's password and ends all their other sessions. */
export async function changePassword(
  deps: ServiceDeps,
  actor: Actor,
  input: ChangePasswordRequest,
  currentTokenHash: string,
): Promise<void> {
  if (!(await verifyPassword(actor.user.passwordHash, input.currentPassword))) {
    await recordAudit(deps, { action: 'auth.password_change', outcome: 'failure', actor });
    throw new AppError('INVALID_CREDENTIALS', 'Le mot de passe actuel est incorrect.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.stores.users.updatePasswordHash(actor.user.id, passwordHash, deps.clock.now().toISOString());
  await deps.stores.sessions.deleteForUser(actor.user.id, currentTokenHash);
  deps.accessEvents.publish({
    type: 'sessions-ended',
    userId: actor.user.id,
    exceptSessionKey: currentTokenHash,
  });
  await recordAudit(deps, { action: 'auth.password_change', actor });
}
