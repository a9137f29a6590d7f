import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';

export async function logout(deps: ServiceDeps, actor: Actor, tokenHash: string): Promise<void> {
  await deps.stores.sessions.delete(tokenHash);
  deps.accessEvents.publish({ type: 'session-ended', userId: actor.user.id, sessionKey: tokenHash });
  await recordAudit(deps, { action: 'auth.logout', actor });
}
