import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { CollabObserver, CollabStats, DatabasePoolStats } from './metric-sources';

const PREFIX = 'deedroom_';
/** Persistence latencies: an fsync'd SQLite commit is ~1 ms, a PostgreSQL round trip a few. */
const COMMIT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const COMPACTION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  /** This node's own registry (never prom-client's global one): `/metrics` renders it. */
  registry: Registry;
  /** Pass as the collaboration server's `observer`. */
  collabObserver: CollabObserver;
  /**
   * Middleware counting and timing every request, labelled by the matched route pattern
   * (`/api/deals/:dealId`), never the raw path. Mount it first.
   */
  observeHttpRequests(): MiddlewareHandler;
  /** Connections, loaded deeds and the commit queue depth, read at each scrape. */
  collectCollabStats(read: () => CollabStats): void;
  /** The PostgreSQL pool, read at each scrape; `undefined` (SQLite) emits nothing. */
  collectDatabasePool(read: () => DatabasePoolStats | undefined): void;
  /** Vault versions waiting for analysis, counted at each scrape. */
  collectAnalysisQueueDepth(count: () => Promise<number>): void;
}

export interface MetricsOptions {
  /** Process metrics (CPU, heap, event loop lag, GC); on by default. */
  collectProcessMetrics?: boolean;
  /** Told when a scrape-time source throws (its gauges then read NaN on that scrape). */
  onCollectError?: (source: string, error: unknown) => void;
}

const seconds = (ms: number) => Math.max(0, ms) / 1000;
/** Anything else is counted as OTHER, so a client cannot mint label values. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The node's Prometheus metrics.
 *
 * @example
 * const metrics = createMetrics();
 * const collab = createCollabServer({ ..., observer: metrics.collabObserver });
 * metrics.collectCollabStats(() => collab.stats());
 * app.use('*', metrics.observeHttpRequests());
 * const text = await metrics.registry.metrics();
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.collectProcessMetrics !== false) collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const sourceErrors = new Counter({
    name: `${PREFIX}metrics_source_errors_total`,
    help: 'Scrape-time sources that threw (their gauges read NaN on that scrape).',
    labelNames: ['source'] as const,
    registers,
  });

  /** Reads a scrape-time source; a failure is counted and reported, and reads as undefined. */
  async function readSafely<T>(source: string, read: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      sourceErrors.inc({ source });
      options.onCollectError?.(source, error);
      return undefined;
    }
  }

  /**
   * Gauges over one scrape-time source, registered with it (a node without the source shows no
   * series rather than a misleading 0). Each gauge reads the source (cheap by contract) at each
   * scrape. Registering the source again replaces the reader.
   */
  function createSourceGauges<T>(
    source: string,
    gauges: Array<{ name: string; help: string; pick: (value: T) => number }>,
  ): (read: () => T | Promise<T>) => void {
    let current: { read: () => T | Promise<T> } | undefined;
    return (read) => {
      if (current) {
        current.read = read;
        return;
      }
      const registered = { read };
      current = registered;
      for (const gauge of gauges) {
        new Gauge({
          name: `${PREFIX}${gauge.name}`,
          help: gauge.help,
          registers,
          async collect() {
            const value = await readSafely(source, () => registered.read());
            this.set(value === undefined ? Number.NaN : gauge.pick(value));
          },
        });
      }
    };
  }

  const collectCollabStats = createSourceGauges<CollabStats>('collab', [
    {
      name: 'collab_connections',
      help: 'Open collaboration WebSockets on this node.',
      pick: (s) => s.connections,
    },
    { name: 'collab_loaded_deeds', help: 'Deeds loaded in memory on this node.', pick: (s) => s.rooms },
    {
      name: 'collab_pending_updates',
      help: 'Updates applied but not yet committed (the group commit queue).',
      pick: (s) => s.pendingUpdates,
    },
  ]);
  const collectAnalysisQueueDepth = createSourceGauges<number>('vault analysis queue', [
    {
      name: 'vault_analysis_queue_depth',
      help: 'Vault file versions waiting for text extraction and classification.',
      pick: (n) => n,
    },
  ]);

  const updatesCommitted = new Counter({
    name: `${PREFIX}collab_updates_committed_total`,
    help: 'Deed updates committed to the update log.',
    registers,
  });
  const bytesCommitted = new Counter({
    name: `${PREFIX}collab_committed_bytes_total`,
    help: 'Bytes of deed updates committed to the update log.',
    registers,
  });
  const commitDuration = new Histogram({
    name: `${PREFIX}collab_commit_duration_seconds`,
    help: 'Time to commit one batch of updates (one transaction).',
    buckets: COMMIT_BUCKETS,
    registers,
  });
  const compactions = new Counter({
    name: `${PREFIX}collab_compactions_total`,
    help: 'Update log compactions run on this node, by outcome (failed: it failed, or another node won).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const compactionDuration = new Histogram({
    name: `${PREFIX}collab_compaction_duration_seconds`,
    help: 'Time to compact a deed update log into a snapshot.',
    buckets: COMPACTION_BUCKETS,
    registers,
  });

  const httpRequests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, matched route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time until the response starts (handlers done; a streamed body may take longer).',
    labelNames: ['method', 'route'] as const,
    buckets: HTTP_BUCKETS,
    registers,
  });

  let readPool: (() => DatabasePoolStats | undefined) | undefined;
  new Gauge({
    name: `${PREFIX}db_pool_connections`,
    help: 'Database pool connections by state (total, idle) and queries waiting for one.',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      this.reset();
      const pool = readPool && (await readSafely('database pool', readPool));
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });

  const collabObserver: CollabObserver = {
    onCommit({ updates, bytes, durationMs }) {
      updatesCommitted.inc(Math.max(0, updates));
      bytesCommitted.inc(Math.max(0, bytes));
      commitDuration.observe(seconds(durationMs));
    },
    onCompaction({ durationMs, ok }) {
      compactions.inc({ outcome: ok ? 'ok' : 'failed' });
      if (ok) compactionDuration.observe(seconds(durationMs));
    },
  };

  return {
    registry,
    collabObserver,
    observeHttpRequests() {
      return async (c, next) => {
        const started = performance.now();
        await next();
        // After next(), routePath(c) is the pattern of the handler that answered (or threw).
        const method = KNOWN_METHODS.has(c.req.method) ? c.req.method : 'OTHER';
        const labels = { method, route: routePath(c) || 'unmatched' };
        httpRequests.inc({ ...labels, status: String(c.res.status) });
        httpDuration.observe(labels, seconds(performance.now() - started));
      };
    },
    collectCollabStats,
    collectDatabasePool(read) {
      readPool = read;
    },
    collectAnalysisQueueDepth,
  };
}
