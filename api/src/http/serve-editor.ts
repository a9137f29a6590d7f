import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/** Serves the built web app, with index.html for client-side routes. */
export function serveEditor(app: Hono<AppEnv>, distDir: string): void {
  const indexPath = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexPath)) {
    app.get('*', (c) =>
      c.text('The web app is not built: run `pnpm --filter @deedroom/editor build` (or `npm start`).', 503),
    );
    return;
  }
  app.use(
    '/assets/*',
    serveStatic({
      root: distDir,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root: distDir }));
  app.get('*', (c) => c.html(fs.readFileSync(indexPath, 'utf8')));
}
