import { hostname } from 'node:os';
import { Hono } from 'hono';
import type { Metrics } from '../metrics/create-metrics';
import { createReadinessProbe, type ReadinessProbeOptions } from '../readiness/create-readiness-probe';
import type { ReadinessCheck } from '../readiness/readiness-check';
import { METRICS_PATH, serveMetrics } from './routes/metrics-route';

export interface HealthAppOptions {
  /** Behind `/api/ready`; none: ready as soon as the process answers. */
  readinessChecks?: readonly ReadinessCheck[];
  /** Serves `/metrics` and observes requests when given. */
  metrics?: Metrics;
  /** `DEEDROOM_METRICS_TOKEN` (see `serveMetrics`). */
  metricsToken?: string | undefined;
  nodeId?: string;
  /** Where failed readiness checks are logged in full. */
  logger?: ReadinessProbeOptions['logger'];
}

/**
 * The HTTP side of a collaboration-only node: liveness and readiness for the load balancer, and
 * the Prometheus metrics.
 */
export function createHealthApp(options: HealthAppOptions = {}): Hono {
  const app = new Hono();
  const readiness = createReadinessProbe(options.readinessChecks ?? [], { logger: options.logger });
  const node = options.nodeId ?? hostname();
  if (options.metrics) app.use('*', options.metrics.observeHttpRequests());
  app.get('/api/health', (c) =>
    c.json({ status: 'ok', role: 'collab', node, uptimeSeconds: Math.round(process.uptime()) }),
  );
  app.get('/api/ready', async (c) => {
    const report = await readiness();
    c.header('Cache-Control', 'no-store');
    return c.json(report, report.status === 'ready' ? 200 : 503);
  });
  if (options.metrics) {
    app.get(METRICS_PATH, serveMetrics({ registry: options.metrics.registry, token: options.metricsToken }));
  }
  app.all('*', (c) =>
    c.json(
      {
        error: {
          code: 'NOT_FOUND',
          message: 'Collaboration node: only /collab, /api/health, /api/ready and /metrics.',
        },
      },
      404,
    ),
  );
  return app;
}
