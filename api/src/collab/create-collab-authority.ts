import type {
  AuthenticationResult,
  CollabAccess,
  CollabAuthority,
  CollabIdentity,
} from '@deedroom/collab-server';
import { resolveDeedEditMode, SESSION_COOKIE } from '@deedroom/shared';
import { resolveSession, resolveSessionByHash } from '../services/auth/resolve-session';
import type { ServiceDeps } from '../services/deps';
import type { UserWithOrg } from '../store/records';
import { verifyCollabToken } from './collab-token';
import { colorForUser } from './color-for-user';

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * The business rules of the collaboration server, answered by the API's services: who is on the
 * socket, whether they are staffed on the deed's deal, and whether their role may write it.
 */
export function createCollabAuthority(deps: ServiceDeps): CollabAuthority {
  async function accessFor(
    user: UserWithOrg,
    sessionKey: string,
    deedId: string,
  ): Promise<CollabAccess | null> {
    const deed = await deps.stores.deeds.findById(deedId);
    const staff = deed && (await deps.stores.staffing.findRole(deed.dealId, user.id));
    if (!deed || !staff) return null;
    const identity: CollabIdentity = {
      userId: user.id,
      name: user.name,
      orgId: user.orgId,
      orgName: user.orgName,
      orgKind: user.orgKind,
      role: staff.role,
      color: colorForUser(user.id),
      sessionKey,
    };
    const editMode = resolveDeedEditMode({
      role: staff.role,
      orgKind: user.orgKind,
      suggestionOnlyFor: deed.suggestionOnlyFor,
      isLocked: deed.lock !== null,
    });
    return { identity, dealId: deed.dealId, editMode };
  }

  return {
    async authenticate({ deedId, token, cookieHeader }): Promise<AuthenticationResult> {
      let active: Awaited<ReturnType<typeof resolveSession>>;
      if (token) {
        const claims = verifyCollabToken(deps.collabSecret, token, deps.clock.now().getTime());
        if (!claims || claims.deedId !== deedId) return { ok: false, reason: 'unauthorized' };
        active = await resolveSessionByHash(deps, claims.sessionKey);
        if (active?.user.id !== claims.userId) return { ok: false, reason: 'unauthorized' };
      } else {
        const cookie = readCookie(cookieHeader, SESSION_COOKIE);
        active = cookie ? await resolveSession(deps, cookie) : undefined;
      }
      if (!active) return { ok: false, reason: 'unauthorized' };
      const access = await accessFor(active.user, active.session.tokenHash, deedId);
      return access ? { ok: true, access } : { ok: false, reason: 'not-found' };
    },

    async recheck(identity, deedId) {
      const active = await resolveSessionByHash(deps, identity.sessionKey);
      return active ? accessFor(active.user, identity.sessionKey, deedId) : null;
    },
  };
}
