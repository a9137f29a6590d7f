import { SESSION_COOKIE } from '@deedroom/shared';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession } from '../../services/auth/resolve-session';
import { runInTenantScope } from '../../store/tenant-scope';
import type { AppEnv } from '../app-env';

/**
 * Resolves the session cookie, if any (routes decide whether one is required), and runs the rest
 * of the request in the tenant scope of its organisation, or anonymous.
 */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const auth = token ? await resolveSession(c.get('deps'), token) : undefined;
    c.set('auth', auth);
    // Everything the request does from here runs under its tenant (PostgreSQL row-level security).
    await runInTenantScope(auth ? { kind: 'org', orgId: auth.user.orgId } : { kind: 'anonymous' }, next);
  };
}
