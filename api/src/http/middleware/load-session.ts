import { SESSION_COOKIE } from '@deedroom/shared';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession } from '../../services/auth/resolve-session';
import type { AppEnv } from '../app-env';

/** Resolves the session cookie, if any; routes decide whether one is required. */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('auth', token ? await resolveSession(c.get('deps'), token) : undefined);
    await next();
  };
}
