import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { AppError } from '@deedroom/shared';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Env, Handler } from 'hono';
import type { Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

export interface MetricsEndpointOptions {
  registry: Registry;
  /** `DEEDROOM_METRICS_TOKEN`: required as a Bearer token when set; unset: loopback scrapes only. */
  token: string | undefined;
}

/** Headers a proxy adds: a request carrying one came through it, whatever its socket says. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/** Compares digests, so neither the bytes nor the length of the token leak through timing. */
function isSameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/** The TCP peer, never X-Forwarded-For; undefined for in-process requests (no socket). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function refuse(c: Context, code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): Response {
  if (code === 'UNAUTHENTICATED') c.header('WWW-Authenticate', 'Bearer realm="metrics"');
  return c.json(new AppError(code, message).toBody(), code === 'UNAUTHENTICATED' ? 401 : 403);
}

/**
 * `GET /metrics` in the Prometheus text format (version 0.0.4). With a token configured, only a
 * scrape sending `Authorization: Bearer <token>` is answered (401 otherwise); without one, only a
 * scrape from this machine's loopback that did not come through a proxy (403 otherwise), so a
 * proxy on the same host does not expose it.
 *
 * @example
 * app.get(METRICS_PATH, serveMetrics({ registry: metrics.registry, token: config.metricsToken }));
 */
export function serveMetrics<E extends Env>({ registry, token }: MetricsEndpointOptions): Handler<E> {
  return async (c) => {
    if (token) {
      const sent = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (!sent || !isSameSecret(sent, token))
        return refuse(c, 'UNAUTHENTICATED', 'Jeton de métriques requis.');
    } else {
      const address = socketAddress(c);
      const isProxied = PROXY_HEADERS.some((h) => c.req.header(h) !== undefined);
      if (!address || !isLoopbackAddress(address) || isProxied) {
        return refuse(c, 'FORBIDDEN', 'Métriques réservées à la boucle locale sans jeton configuré.');
      }
    }
    const body = await registry.metrics();
    return c.body(body, 200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
  };
}
