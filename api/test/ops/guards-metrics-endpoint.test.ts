import os from 'node:os';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app';
import { isLoopbackAddress } from '../../src/http/routes/metrics-route';
import { createMetrics } from '../../src/metrics/create-metrics';
import { createTestContext, type TestContext } from '../support/test-context';

const TOKEN = 'a-long-random-metrics-token-for-the-test';
let ctx: TestContext;
const servers: ServerType[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ seed: false });
});
afterAll(async () => {
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  await ctx.close();
});

function appWithMetrics(metricsToken: string | undefined) {
  const metrics = createMetrics({ collectProcessMetrics: false });
  return createApp({ deps: ctx.deps, config: ctx.config, metrics, metricsToken });
}

/** Serves the app on a real socket on every interface; resolves its port. */
async function listen(app: ReturnType<typeof appWithMetrics>): Promise<number> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '0.0.0.0' }, (info) => resolve(info.port));
    servers.push(server);
  });
}

/** An address of this machine that is not loopback (the container's own interface). */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

describe('GET /metrics with DEEDROOM_METRICS_TOKEN set', () => {
  it('answers 401 without the token or with another one, and the exposition with it', async () => {
    const app = appWithMetrics(TOKEN);

    const missing = await app.request('/metrics');
    const wrong = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}x` } });
    const basic = await app.request('/metrics', { headers: { authorization: `Basic ${TOKEN}` } });
    const right = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });

    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect(wrong.status).toBe(401);
    expect(basic.status).toBe(401);
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await right.text()).toContain('# TYPE deedroom_http_requests_total counter');
  });

  it('does not take a session cookie instead of the token', async () => {
    const app = appWithMetrics(TOKEN);
    const res = await app.request('/metrics', { headers: { cookie: 'deedroom_session=whatever' } });
    expect(res.status).toBe(401);
  });
});

describe('GET /metrics without a token configured', () => {
  it('answers a scrape over loopback', async () => {
    const port = await listen(appWithMetrics(undefined));
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('deedroom_http_requests_total');
  });

  it('refuses a loopback request that came through a proxy', async () => {
    const port = await listen(appWithMetrics(undefined));
    const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it.skipIf(!externalAddress)('refuses a client on another interface', async () => {
    const port = await listen(appWithMetrics(undefined));
    const res = await fetch(`http://${externalAddress}:${port}/metrics`);
    expect(res.status).toBe(403);
  });

  it('refuses a request that has no socket to check', async () => {
    expect((await appWithMetrics(undefined).request('/metrics')).status).toBe(403);
  });

  it('knows loopback addresses in both families', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['192.0.2.2', '::ffff:192.0.2.2', 'fd00::1', '::', '0.0.0.0'].map(isLoopbackAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
