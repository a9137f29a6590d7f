import { timingSafeEqual } from 'node:crypto';
import { AppError, CSRF_HEADER } from '@deedroom/shared';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Login has no session yet; it is still covered by the origin and content-type checks. */
const TOKENLESS_PATHS = new Set(['/api/auth/login']);

function isSameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * CSRF defence in depth for state-changing requests: the browser must not flag the request as
 * cross-site, an Origin header (when sent) must be ours, a body must be JSON (which an HTML form
 * cannot send), and a logged-in caller must echo its session's CSRF token in a header.
 */
export function rejectCrossSite(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AppError('CSRF_REJECTED', 'Requête inter-sites refusée.');
    }
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin && !c.get('config').allowedOrigins.includes(origin)) {
      throw new AppError('CSRF_REJECTED', 'Origine de la requête non autorisée.');
    }
    const contentType = c.req.header('content-type');
    if (contentType !== undefined && !contentType.toLowerCase().startsWith('application/json')) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Le corps de la requête doit être du JSON (application/json).',
      );
    }
    const auth = c.get('auth');
    if (auth && !TOKENLESS_PATHS.has(c.req.path)) {
      const sent = c.req.header(CSRF_HEADER);
      if (!sent || !isSameToken(sent, auth.session.csrfToken)) {
        throw new AppError('CSRF_REJECTED', `En-tête ${CSRF_HEADER} absent ou invalide.`);
      }
    }
    return next();
  };
}
