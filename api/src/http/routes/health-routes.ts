import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ApiApp } from '../app-env';
import { jsonResponse } from '../openapi-responses';

const HealthSchema = z.object({ status: z.literal('ok'), store: z.enum(['sqlite', 'postgres']) });

export function registerHealthRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['system'],
      summary: 'Liveness check',
      responses: { 200: jsonResponse(HealthSchema, 'The server is up') },
    }),
    (c) => c.json({ status: 'ok' as const, store: c.get('deps').stores.dialect }, 200),
  );
}
