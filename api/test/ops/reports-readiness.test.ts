import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app';
import { createHealthApp } from '../../src/http/create-health-app';
import { createMetrics } from '../../src/metrics/create-metrics';
import { createBlobStoreCheck } from '../../src/readiness/create-blob-store-check';
import { createDatabaseCheck } from '../../src/readiness/create-database-check';
import { createReadinessProbe } from '../../src/readiness/create-readiness-probe';
import { createRedisCheck } from '../../src/readiness/create-redis-check';
import type { ReadinessCheck, ReadinessReport } from '../../src/readiness/readiness-check';
import { createBlobStore } from '../../src/vault/create-blob-store';
import { createTestContext, type TestContext } from '../support/test-context';
import { openUnreachableRedis } from '../support/unreachable-redis';

let ctx: TestContext;
const redisClients: Redis[] = [];
beforeAll(async () => {
  ctx = await createTestContext({ seed: false });
});
afterAll(async () => {
  for (const client of redisClients) client.disconnect();
  await ctx.close();
});

/** A real query on the test database (the store's `ping` is wired by the composition root). */
const databaseCheck = () => createDatabaseCheck(async () => void (await ctx.stores.users.findById('none')));

function appWith(readinessChecks: ReadinessCheck[]) {
  return createApp({ deps: ctx.deps, config: ctx.config, readinessChecks });
}

async function readiness(res: Response): Promise<ReadinessReport> {
  return (await res.json()) as ReadinessReport;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

/** A port nothing listens on: bound, then released. */
describe('GET /api/health', () => {
  it('stays a cheap liveness answer that names the node', async () => {
    const app = createApp({ deps: ctx.deps, config: ctx.config, nodeId: 'node-a' });
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', store: ctx.stores.dialect, node: 'node-a' });
    expect(typeof body.uptimeSeconds).toBe('number');
  });
});

describe('GET /api/ready', () => {
  it('answers 200 with every check, and the blob probe leaves no file behind', async () => {
    const blobs = createBlobStore({ dataDir: ctx.dataDir });
    const blobRoot = path.join(ctx.dataDir, 'blobs');
    const before = filesUnder(blobRoot);
    const app = appWith([databaseCheck(), createBlobStoreCheck(blobs)]);

    const res = await app.request('/api/ready');

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await readiness(res);
    expect(body.status).toBe('ready');
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['blobs', true],
    ]);
    for (const check of body.checks) expect(check.latencyMs).toBeGreaterThanOrEqual(0);
    expect(filesUnder(blobRoot)).toEqual(before);
  });

  it('answers 503 naming the check that threw, the others still reported', async () => {
    const failing: ReadinessCheck = {
      name: 'redis',
      run: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:6379'), { code: 'ECONNREFUSED' });
      },
    };
    const res = await appWith([databaseCheck(), failing]).request('/api/ready');

    expect(res.status).toBe(503);
    const body = await readiness(res);
    expect(body.status).toBe('not_ready');
    expect(body.checks).toEqual([
      { name: 'database', ok: true, latencyMs: expect.any(Number) },
      { name: 'redis', ok: false, latencyMs: expect.any(Number), error: 'ECONNREFUSED' },
    ]);
    // The public answer names the failure's kind, never the internal address in its message.
    expect(JSON.stringify(body)).not.toContain('10.1.2.3');
  });

  it('answers 503 on blobs when the blob folder cannot be written', async () => {
    const dataDir = fs.mkdtempSync(path.join(ctx.dataDir, 'broken-'));
    const blobs = createBlobStore({ dataDir });
    // Root ignores permission bits, so a read-only folder would still accept writes here: put a
    // file where the folder should be, as a lost mount point leaves something unwritable.
    fs.rmSync(path.join(dataDir, 'blobs'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'blobs'), 'not a folder');

    const res = await appWith([databaseCheck(), createBlobStoreCheck(blobs)]).request('/api/ready');

    expect(res.status).toBe(503);
    const body = await readiness(res);
    expect(body.checks.find((c) => !c.ok)).toMatchObject({ name: 'blobs', ok: false, error: 'ENOTDIR' });
    expect(body.checks.find((c) => c.name === 'database')?.ok).toBe(true);
  });

  it('fails a check that does not answer within its timeout', async () => {
    const hanging: ReadinessCheck = { name: 'database', run: () => new Promise<void>(() => undefined) };
    const probe = createReadinessProbe([hanging], { timeoutMs: 50 });

    const report = await probe();

    expect(report).toEqual({
      status: 'not_ready',
      checks: [
        { name: 'database', ok: false, latencyMs: expect.any(Number), error: 'no answer within 50 ms' },
      ],
    });
    expect(report.checks[0]?.latencyMs).toBeGreaterThanOrEqual(45);
  });

  it('runs the checks once for concurrent callers', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const probe = createReadinessProbe([
      {
        name: 'database',
        run: () => {
          runs += 1;
          return gate;
        },
      },
    ]);

    const answers = Promise.all([probe(), probe(), probe()]);
    release();
    const reports = await answers;

    expect(runs).toBe(1);
    expect(reports.map((r) => r.status)).toEqual(['ready', 'ready', 'ready']);
    await probe();
    expect(runs).toBe(2);
  });

  it('pings the real Redis, and reports it when it is unreachable', async () => {
    const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
    const gone = await openUnreachableRedis();
    redisClients.push(redis, gone);
    await redis.connect();

    const up = await appWith([createRedisCheck(redis)]).request('/api/ready');
    const down = await appWith([createRedisCheck(gone)]).request('/api/ready');

    expect(up.status).toBe(200);
    expect((await readiness(up)).checks).toEqual([
      { name: 'redis', ok: true, latencyMs: expect.any(Number) },
    ]);
    expect(down.status).toBe(503);
    expect((await readiness(down)).checks[0]).toMatchObject({ name: 'redis', ok: false });
  });
});

describe('the collaboration-only node', () => {
  it('answers /api/health, /api/ready and /metrics', async () => {
    const failing: ReadinessCheck = { name: 'database', run: () => Promise.reject(new Error('down')) };
    const metrics = createMetrics({ collectProcessMetrics: false });
    const app = createHealthApp({ readinessChecks: [failing], metrics, metricsToken: 'collab-scrape-token' });

    expect((await app.request('/api/health')).status).toBe(200);
    const ready = await app.request('/api/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'not_ready',
      checks: [{ name: 'database', ok: false, latencyMs: expect.any(Number), error: 'check failed' }],
    });
    expect((await app.request('/metrics')).status).toBe(401);
    const scrape = await app.request('/metrics', {
      headers: { authorization: 'Bearer collab-scrape-token' },
    });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain(
      'deedroom_http_requests_total{method="GET",route="/api/ready",status="503"} 1',
    );
    expect((await app.request('/api/deals')).status).toBe(404);
  });
});
