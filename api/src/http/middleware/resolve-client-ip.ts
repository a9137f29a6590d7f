import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

/** Client address: the socket's, or the proxy's X-Forwarded-For when a proxy is trusted. */
export function resolveClientIp(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let ip: string | null = null;
    if (c.get('config').behindHttpsProxy) ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || null;
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address ?? null;
      } catch {
        ip = null; // in-process requests (tests) have no socket
      }
    }
    c.set('ip', ip);
    await next();
  };
}
