import { Hono } from 'hono';

/** The HTTP side of a collaboration-only node: a health check for the load balancer. */
export function createHealthApp(): Hono {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ status: 'ok', role: 'collab' }));
  app.all('*', (c) =>
    c.json(
      { error: { code: 'NOT_FOUND', message: 'Collaboration node: only /collab and /api/health.' } },
      404,
    ),
  );
  return app;
}
