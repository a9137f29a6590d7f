import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApiApp } from '../app-env';

const DOCS_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Deedroom — API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

const ASSETS = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
]);

/**
 * The OpenAPI document generated from the zod schemas, and Swagger UI served from the npm
 * package itself (no CDN: a bank's network often has none).
 */
export function registerDocsRoutes(app: ApiApp): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Deedroom API',
      version: '1.0.0',
      description:
        'Co-drafting, vault, deadlines and signatures for real-estate development financing. ' +
        'Authenticate with POST /api/auth/login (session cookie), then send the returned csrfToken ' +
        'in the X-CSRF-Token header of every POST, PATCH and DELETE. Errors are { error: { code, message } }.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'deedroom_session',
  });

  const assetDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs', (c) => c.html(DOCS_PAGE));
  app.get('/api/docs/init.js', (c) =>
    c.body(INIT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    const type = ASSETS.get(file);
    if (!type) return c.notFound();
    return c.body(fs.readFileSync(path.join(assetDir, file)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
