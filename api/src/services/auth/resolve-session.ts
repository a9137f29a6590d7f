import { LIMITS } from '@deedroom/shared';
import type { SessionRecord, UserWithOrg } from '../../store/records';
import type { ServiceDeps } from '../deps';
import { hashSessionToken } from './session-tokens';

export interface ActiveSession {
  session: SessionRecord;
  user: UserWithOrg;
}

/** Avoids a write per request: last-seen is refreshed at most once a minute. */
const TOUCH_INTERVAL_MS = 60_000;

/** Finds the live session behind a cookie token; expired sessions are deleted on sight. */
export function resolveSession(deps: ServiceDeps, token: string): Promise<ActiveSession | undefined> {
  return resolveSessionByHash(deps, hashSessionToken(token));
}

/** The same, from the stored hash (collaboration tokens carry it as their session key). */
export async function resolveSessionByHash(
  deps: ServiceDeps,
  tokenHash: string,
): Promise<ActiveSession | undefined> {
  const session = await deps.stores.sessions.find(tokenHash);
  if (!session) return undefined;
  const now = deps.clock.now().getTime();
  const isExpired =
    now >= new Date(session.expiresAt).getTime() ||
    now - new Date(session.lastSeenAt).getTime() > LIMITS.sessionIdleMs;
  if (isExpired) {
    await deps.stores.sessions.delete(tokenHash);
    return undefined;
  }
  const user = await deps.stores.users.findById(session.userId);
  if (!user) return undefined;
  if (now - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
    await deps.stores.sessions.touch(tokenHash, new Date(now).toISOString());
  }
  return { session, user };
}
