import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ReadinessProbe } from '../../readiness/create-readiness-probe';
import type { ApiApp } from '../app-env';
import { jsonResponse } from '../openapi-responses';

const HealthSchema = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'postgres']),
  /** Which node answered (behind a load balancer). */
  node: z.string(),
  uptimeSeconds: z.number(),
});

export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.array(
    z.object({
      name: z.string(),
      ok: z.boolean(),
      latencyMs: z.number(),
      /** Only on a failed check: its kind (an error code or a timeout), details in the node's log. */
      error: z.string().optional(),
    }),
  ),
});

export interface HealthRouteOptions {
  readiness: ReadinessProbe;
  nodeId: string;
}

export function registerHealthRoutes(app: ApiApp, { readiness, nodeId }: HealthRouteOptions): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['system'],
      summary: 'Liveness check: the process answers (touches no dependency)',
      responses: { 200: jsonResponse(HealthSchema, 'The server is up') },
    }),
    (c) =>
      c.json(
        {
          status: 'ok' as const,
          store: c.get('deps').stores.dialect,
          node: nodeId,
          uptimeSeconds: Math.round(process.uptime()),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/ready',
      tags: ['system'],
      summary: 'Readiness check for load balancers: database, Redis (when configured) and the blob folder',
      responses: {
        200: jsonResponse(ReadinessSchema, 'Every check passed: send traffic here'),
        503: jsonResponse(ReadinessSchema, 'A check failed or timed out: take this node out'),
      },
    }),
    async (c) => {
      const report = await readiness();
      c.header('Cache-Control', 'no-store');
      return report.status === 'ready' ? c.json(report, 200) : c.json(report, 503);
    },
  );
}
