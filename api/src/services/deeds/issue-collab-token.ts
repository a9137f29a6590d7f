import { COLLAB_LIMITS } from '@deedroom/shared';
import { signCollabToken } from '../../collab/collab-token';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { requireDeedAccess } from './require-deed-access';

/** A short-lived token to open the deed's collaboration socket, bound to this login session. */
export async function issueCollabToken(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  sessionKey: string,
): Promise<{ token: string; expiresAt: string }> {
  const { deal } = await requireDeedAccess(deps, actor, deedId, 'deal.view');
  const expiresAt = deps.clock.now().getTime() + COLLAB_LIMITS.tokenTtlMs;
  const token = signCollabToken(deps.collabSecret, { deedId, userId: actor.user.id, sessionKey, expiresAt });
  await recordAudit(deps, { action: 'deed.open', actor, dealId: deal.id, target: `deed:${deedId}` });
  return { token, expiresAt: new Date(expiresAt).toISOString() };
}
