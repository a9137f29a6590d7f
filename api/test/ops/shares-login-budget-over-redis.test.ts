import { randomBytes } from 'node:crypto';
import { LIMITS } from '@deedroom/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app';
import { createRateLimitCounter } from '../../src/rate-limit/create-rate-limit-counter';
import type { RateLimitCounter } from '../../src/rate-limit/rate-limit-counter';
import { createTestContext, readError, type TestContext } from '../support/test-context';
import { findClosedPort, openUnreachableRedis } from '../support/unreachable-redis';

const BUDGET = LIMITS.loginAttemptsPerMinutePerAddress;
let ctx: TestContext;
let redis: Redis;
/** This run's keys only, so parallel runs and other data in the Redis never mix. */
const prefix = `deedroom-test:${randomBytes(8).toString('hex')}:`;
const otherClients: Redis[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ seed: false });
  redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
  await redis.connect();
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  for (const client of otherClients) client.disconnect();
  await ctx.close();
});

/**
 * A node behind the load balancer: its own app on the same database, trusting the proxy's
 * X-Forwarded-For, counting login attempts with `loginAttempts`.
 */
function node(loginAttempts: RateLimitCounter) {
  return createApp({ deps: ctx.deps, config: { ...ctx.config, behindHttpsProxy: true }, loginAttempts });
}

/** A port nothing listens on: bound, then released. */
let attempts = 0;
/** A failed login for a fresh e-mail (no account lockout in play), from `address`. */
async function attemptLogin(app: ReturnType<typeof node>, address = '198.51.100.20'): Promise<Response> {
  attempts += 1;
  return app.request('http://deedroom.test/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email: `nobody-${attempts}@nowhere.example`, password: 'whatever-password' }),
  });
}

describe('login rate limit across nodes', () => {
  it('two nodes sharing one Redis share one budget per address', async () => {
    const a = node(createRateLimitCounter({ redis, clock: ctx.clock, keyPrefix: prefix }));
    const b = node(createRateLimitCounter({ redis, clock: ctx.clock, keyPrefix: prefix }));

    const statuses: number[] = [];
    for (let i = 0; i < BUDGET; i += 1) statuses.push((await attemptLogin(i % 2 === 0 ? a : b)).status);
    const overA = await attemptLogin(a);
    const overB = await attemptLogin(b);

    expect(statuses).toEqual(Array(BUDGET).fill(401));
    expect(overA.status).toBe(429);
    expect((await readError(overA)).code).toBe('RATE_LIMITED');
    expect(Number(overA.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(overA.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(overB.status).toBe(429);
    expect((await attemptLogin(b, '198.51.100.99')).status).toBe(401);
    // One key per address, counting every attempt of both nodes, expiring with its window.
    const key = `${prefix}login:198.51.100.20`;
    expect((await redis.keys(`${prefix}*`)).sort()).toEqual([key, `${prefix}login:198.51.100.99`]);
    expect(Number(await redis.get(key))).toBe(BUDGET + 2);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps the window fixed: later hits do not push its end back', async () => {
    const counter = createRateLimitCounter({ redis, clock: ctx.clock, keyPrefix: prefix });
    const first = await counter.hit('fixed-window', 60_000);
    await redis.pexpire(`${prefix}fixed-window`, 5_000);
    const second = await counter.hit('fixed-window', 60_000);

    expect(first).toEqual({ count: 1, resetInMs: expect.any(Number) });
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeLessThanOrEqual(5_000);
  });

  it('without Redis, each node counts on its own (what Redis fixes)', async () => {
    const a = node(createRateLimitCounter({ clock: ctx.clock }));
    const b = node(createRateLimitCounter({ clock: ctx.clock }));
    for (let i = 0; i < BUDGET; i += 1) await attemptLogin(a);

    expect((await attemptLogin(a)).status).toBe(429);
    expect((await attemptLogin(b)).status).toBe(401);
  });

  it('lets logins through when Redis cannot be reached (the account lockout still holds)', async () => {
    const gone = await openUnreachableRedis();
    otherClients.push(gone);
    const app = node(createRateLimitCounter({ redis: gone, clock: ctx.clock }));

    const statuses: number[] = [];
    for (let i = 0; i <= BUDGET; i += 1) statuses.push((await attemptLogin(app)).status);

    expect(statuses).toEqual(Array(BUDGET + 1).fill(401));
  });

  it('gives up on a Redis that does not answer after its timeout', async () => {
    // Default client options: commands wait in the offline queue while it tries to reconnect.
    const stalled = new Redis({ host: '127.0.0.1', port: await findClosedPort(), lazyConnect: true });
    stalled.on('error', () => undefined);
    otherClients.push(stalled);
    const counter = createRateLimitCounter({ redis: stalled, clock: ctx.clock, timeoutMs: 100 });

    await expect(counter.hit('login:192.0.2.1', 60_000)).rejects.toThrow(
      'Redis did not answer within 100 ms',
    );
  });
});
