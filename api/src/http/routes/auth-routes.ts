import {
  ChangePasswordRequestSchema,
  LIMITS,
  LoginRequestSchema,
  OkSchema,
  SESSION_COOKIE,
  SessionSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { RateLimitCounter } from '../../rate-limit/rate-limit-counter';
import { changePassword } from '../../services/auth/change-password';
import { login } from '../../services/auth/login';
import { logout } from '../../services/auth/logout';
import type { ActiveSession } from '../../services/auth/resolve-session';
import type { ApiApp, AppEnv } from '../app-env';
import { limitLoginRate } from '../middleware/limit-login-rate';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentUser } from '../presenters/present-user';
import { requireActor, requireSession } from '../require-actor';

function presentSession({ session, user }: ActiveSession) {
  return { user: presentUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

function isSecureRequest(c: Context<AppEnv>): boolean {
  return c.get('config').behindHttpsProxy || new URL(c.req.url).protocol === 'https:';
}

export interface AuthRouteOptions {
  /** Counts login attempts per client address (memory on one node, Redis across a cluster). */
  loginAttempts: RateLimitCounter;
}

export function registerAuthRoutes(app: ApiApp, { loginAttempts }: AuthRouteOptions): void {
  app.use('/api/auth/login', limitLoginRate(loginAttempts));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['auth'],
      summary: 'Log in with e-mail and password; sets the HttpOnly session cookie',
      request: jsonBody(LoginRequestSchema),
      responses: {
        200: jsonResponse(SessionSchema, 'Logged in'),
        400: ERROR_RESPONSES[400],
        401: jsonResponse(ERROR_RESPONSES[401].content['application/json'].schema, 'INVALID_CREDENTIALS'),
        423: jsonResponse(ERROR_RESPONSES[401].content['application/json'].schema, 'ACCOUNT_LOCKED'),
        429: jsonResponse(ERROR_RESPONSES[401].content['application/json'].schema, 'RATE_LIMITED'),
      },
    }),
    async (c) => {
      const result = await login(c.get('deps'), c.req.valid('json'), c.get('ip'));
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isSecureRequest(c),
        path: '/',
        maxAge: Math.floor(LIMITS.sessionAbsoluteMs / 1000),
      });
      return c.json(presentSession(result), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'End the current session',
      security: SESSION_SECURITY,
      responses: {
        200: jsonResponse(OkSchema, 'Logged out'),
        401: ERROR_RESPONSES[401],
        403: ERROR_RESPONSES[403],
      },
    }),
    async (c) => {
      const auth = requireSession(c);
      await logout(c.get('deps'), requireActor(c), auth.session.tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/session',
      tags: ['auth'],
      summary: 'The current user and the CSRF token to echo in X-CSRF-Token',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(SessionSchema, 'Current session'), 401: ERROR_RESPONSES[401] },
    }),
    (c) => c.json(presentSession(requireSession(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: ['auth'],
      summary: 'Change my password (ends my other sessions)',
      security: SESSION_SECURITY,
      request: jsonBody(ChangePasswordRequestSchema),
      responses: { 200: jsonResponse(OkSchema, 'Password changed'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const auth = requireSession(c);
      await changePassword(c.get('deps'), requireActor(c), c.req.valid('json'), auth.session.tokenHash);
      return c.json({ ok: true as const }, 200);
    },
  );
}
