import { AppError } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';

/** Platform administration belongs to the bank's administrators only. */
export async function requireAdmin(deps: ServiceDeps, actor: Actor, action: string): Promise<void> {
  if (actor.user.isAdmin && actor.user.orgKind === 'bank') return;
  await recordAudit(deps, { action, outcome: 'denied', actor });
  throw new AppError('FORBIDDEN', 'Réservé aux administrateurs de la plateforme.');
}
