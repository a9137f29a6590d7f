import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app';
import { createMetrics, type Metrics } from '../../src/metrics/create-metrics';
import { JULIE } from '../support/emails';
import { createTestContext, findDealId, findDeedId, type TestContext } from '../support/test-context';

const TOKEN = 'metrics-exposition-test-token';
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

function buildApp(metrics: Metrics) {
  return createApp({ deps: ctx.deps, config: ctx.config, metrics, metricsToken: TOKEN });
}

async function scrape(app: ReturnType<typeof buildApp>): Promise<string> {
  const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one sample line, e.g. `deedroom_x_total{a="b"}`. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('labels HTTP requests by the matched route pattern, never by the ids in the path', async () => {
    const metrics = createMetrics({ collectProcessMetrics: false });
    const app = buildApp(metrics);
    const julie = await ctx.signIn(JULIE);
    const dealId = await findDealId(ctx, julie, 'Résidence Les Tilleuls');
    const deedId = await findDeedId(ctx, julie, 'Résidence Les Tilleuls');
    const get = (path: string) =>
      app.request(`http://deedroom.test${path}`, { headers: { cookie: julie.cookie } });

    expect((await get(`/api/deals/${dealId}`)).status).toBe(200);
    expect((await get(`/api/deals/${dealId}`)).status).toBe(200);
    expect((await get(`/api/deals/${dealId}/deeds`)).status).toBe(200);
    expect((await get('/api/deals/no-such-deal')).status).toBe(404);
    expect((await get('/api/no/such/route/123')).status).toBe(404);
    expect((await app.request('/api/health')).status).toBe(200);

    const text = await scrape(app);

    expect(
      sample(text, 'deedroom_http_requests_total{method="GET",route="/api/deals/:dealId",status="200"}'),
    ).toBe(2);
    expect(
      sample(text, 'deedroom_http_requests_total{method="GET",route="/api/deals/:dealId",status="404"}'),
    ).toBe(1);
    expect(
      sample(
        text,
        'deedroom_http_requests_total{method="GET",route="/api/deals/:dealId/deeds",status="200"}',
      ),
    ).toBe(1);
    expect(sample(text, 'deedroom_http_requests_total{method="GET",route="/api/*",status="404"}')).toBe(1);
    expect(sample(text, 'deedroom_http_requests_total{method="GET",route="/api/health",status="200"}')).toBe(
      1,
    );
    expect(
      sample(text, 'deedroom_http_request_duration_seconds_count{method="GET",route="/api/deals/:dealId"}'),
    ).toBe(3);
    expect(text).not.toContain(dealId);
    expect(text).not.toContain(deedId);
    expect(text).not.toContain('no-such-deal');
  });

  it('reports the collaboration server, the database pool and the analysis queue at scrape time', async () => {
    const metrics = createMetrics({ collectProcessMetrics: false });
    const app = buildApp(metrics);
    let stats = { connections: 3, rooms: 2, pendingUpdates: 7 };
    metrics.collectCollabStats(() => stats);
    metrics.collectDatabasePool(() => ({ total: 10, idle: 4, waiting: 1 }));
    metrics.collectAnalysisQueueDepth(async () => 5);
    metrics.collabObserver.onCommit({ updates: 12, bytes: 3_000, durationMs: 4 });
    metrics.collabObserver.onCommit({ updates: 3, bytes: 500, durationMs: 1.5 });
    metrics.collabObserver.onCompaction?.({ deedId: 'deed-1', durationMs: 20, ok: true });
    metrics.collabObserver.onCompaction?.({ deedId: 'deed-2', durationMs: 5, ok: false });

    const first = await scrape(app);
    stats = { connections: 0, rooms: 1, pendingUpdates: 0 };
    const second = await scrape(app);

    expect(sample(first, 'deedroom_collab_connections')).toBe(3);
    expect(sample(first, 'deedroom_collab_loaded_deeds')).toBe(2);
    expect(sample(first, 'deedroom_collab_pending_updates')).toBe(7);
    expect(sample(second, 'deedroom_collab_connections')).toBe(0);
    expect(sample(second, 'deedroom_collab_loaded_deeds')).toBe(1);
    expect(sample(first, 'deedroom_collab_updates_committed_total')).toBe(15);
    expect(sample(first, 'deedroom_collab_committed_bytes_total')).toBe(3_500);
    expect(sample(first, 'deedroom_collab_commit_duration_seconds_count')).toBe(2);
    expect(sample(first, 'deedroom_collab_commit_duration_seconds_sum')).toBeCloseTo(0.0055, 6);
    expect(sample(first, 'deedroom_collab_commit_duration_seconds_bucket{le="0.005"}')).toBe(2);
    expect(sample(first, 'deedroom_collab_commit_duration_seconds_bucket{le="0.0025"}')).toBe(1);
    expect(sample(first, 'deedroom_collab_compactions_total{outcome="ok"}')).toBe(1);
    expect(sample(first, 'deedroom_collab_compactions_total{outcome="failed"}')).toBe(1);
    expect(sample(first, 'deedroom_db_pool_connections{state="total"}')).toBe(10);
    expect(sample(first, 'deedroom_db_pool_connections{state="idle"}')).toBe(4);
    expect(sample(first, 'deedroom_db_pool_connections{state="waiting"}')).toBe(1);
    expect(sample(first, 'deedroom_vault_analysis_queue_depth')).toBe(5);
  });

  it('shows no series for a source that is not there, NaN for one that fails, and still answers', async () => {
    const failures: string[] = [];
    const metrics = createMetrics({
      collectProcessMetrics: false,
      onCollectError: (source) => failures.push(source),
    });
    const app = buildApp(metrics);
    const unwired = await scrape(app);
    metrics.collectDatabasePool(() => undefined);
    metrics.collectCollabStats(() => {
      throw new Error('collaboration server closed');
    });
    metrics.collectAnalysisQueueDepth(() => Promise.reject(new Error('database down')));

    const failing = await scrape(app);
    // The error counter may be rendered before the gauges that feed it: read it on the next scrape.
    const next = await scrape(app);

    expect(unwired).not.toContain('deedroom_collab_connections');
    expect(unwired).not.toContain('deedroom_vault_analysis_queue_depth');
    expect(failing).toContain('# TYPE deedroom_db_pool_connections gauge');
    expect(failing).not.toMatch(/^deedroom_db_pool_connections\{/m);
    expect(sample(failing, 'deedroom_collab_connections')).toBeNaN();
    expect(sample(failing, 'deedroom_vault_analysis_queue_depth')).toBeNaN();
    expect(
      sample(next, 'deedroom_metrics_source_errors_total{source="vault analysis queue"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(next, 'deedroom_metrics_source_errors_total{source="collab"}')).toBeGreaterThanOrEqual(3);
    expect(new Set(failures)).toEqual(new Set(['collab', 'vault analysis queue']));
  });

  it('includes the process metrics under the deedroom_ prefix, in its own registry', async () => {
    const text = await scrape(buildApp(createMetrics()));
    for (const name of [
      'deedroom_process_cpu_user_seconds_total',
      'deedroom_process_resident_memory_bytes',
      'deedroom_nodejs_heap_size_used_bytes',
      'deedroom_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    // Two nodes' worth of metrics in one process (tests) do not collide: no global registry.
    expect(await scrape(buildApp(createMetrics()))).toContain(
      '# TYPE deedroom_process_cpu_user_seconds_total ',
    );
  });
});
