import { hostname } from 'node:os';
import { AppError, LIMITS } from '@deedroom/shared';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config';
import type { Metrics } from '../metrics/create-metrics';
import { createMemoryRateLimitCounter } from '../rate-limit/create-memory-rate-limit-counter';
import type { RateLimitCounter } from '../rate-limit/rate-limit-counter';
import { createReadinessProbe } from '../readiness/create-readiness-probe';
import type { ReadinessCheck } from '../readiness/readiness-check';
import type { ServiceDeps } from '../services/deps';
import type { ApiApp, AppEnv } from './app-env';
import { handleError, handleNotFound } from './handle-errors';
import { loadSession } from './middleware/load-session';
import { rejectCrossSite } from './middleware/reject-cross-site';
import { resolveClientIp } from './middleware/resolve-client-ip';
import { registerApprovalRoutes } from './routes/approval-routes';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerCommentRoutes } from './routes/comment-routes';
import { registerDealRoutes } from './routes/deal-routes';
import { registerDeedRoutes } from './routes/deed-routes';
import { registerDocsRoutes } from './routes/docs-routes';
import { registerDocuSignWebhookRoutes } from './routes/docusign-webhook-routes';
import { registerExportRoutes } from './routes/export-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerMeRoutes } from './routes/me-routes';
import { METRICS_PATH, serveMetrics } from './routes/metrics-route';
import { registerOrgRoutes } from './routes/org-routes';
import { registerSignatureRoutes } from './routes/signature-routes';
import { registerStaffingRoutes } from './routes/staffing-routes';
import { registerVaultRoutes } from './routes/vault-routes';
import { registerVersionRoutes } from './routes/version-routes';
import { registerWordRoutes, WORD_IMPORT_PATH } from './routes/word-routes';
import { registerWorkflowRoutes } from './routes/workflow-routes';
import { serveEditor } from './serve-editor';

export interface AppOptions {
  deps: ServiceDeps;
  config: Config;
  /** Behind `GET /api/ready` (database, redis, blobs); none: ready as soon as the process answers. */
  readinessChecks?: readonly ReadinessCheck[];
  /** Serves `GET /metrics` and observes every request when given. */
  metrics?: Metrics;
  /** `DEEDROOM_METRICS_TOKEN`: `/metrics` wants it as a Bearer token; unset: loopback scrapes only. */
  metricsToken?: string | undefined;
  /** Counts login attempts per address; default: in this process (use Redis on a cluster). */
  loginAttempts?: RateLimitCounter;
  /** Names this node in `/api/health`; default: the host name. */
  nodeId?: string;
}

const appPolicy = {
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
};
/** Nobody may frame the app (clickjacking). */
const appHeaders = secureHeaders({ contentSecurityPolicy: { ...appPolicy, frameAncestors: ["'none'"] } });
/** A vault file shown inline (PDF, image) may be framed by the app itself, for the preview. */
const VAULT_FILE_PATH = /^\/api\/vault\/documents\/[^/]+\/versions\/[^/]+\/content$/;
const vaultFileHeaders = secureHeaders({
  contentSecurityPolicy: { ...appPolicy, frameAncestors: ["'self'"] },
  xFrameOptions: 'SAMEORIGIN',
});

/**
 * The HTTP application: `/api/*` routes, OpenAPI docs and the built web app. Requests run
 * client-ip -> body limit -> session -> CSRF -> validation (zod) -> service -> presenter.
 */
export function createApp({
  deps,
  config,
  readinessChecks = [],
  metrics,
  metricsToken,
  loginAttempts = createMemoryRateLimitCounter(deps.clock),
  nodeId = hostname(),
}: AppOptions): ApiApp {
  const app: ApiApp = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: i.path.join('.'),
          message: i.message,
          code: i.code,
        }));
        throw new AppError('VALIDATION_FAILED', 'Données invalides.', { issues });
      }
    },
  });

  app.onError(handleError);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('config', config);
    await next();
  });
  if (metrics) app.use('*', metrics.observeHttpRequests());
  app.use('*', (c, next) => (VAULT_FILE_PATH.test(c.req.path) ? vaultFileHeaders : appHeaders)(c, next));
  app.use('/api/*', resolveClientIp());
  const jsonBodyLimit = bodyLimit({
    maxSize: LIMITS.maxJsonBodyBytes,
    onError: () => {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Requête trop volumineuse (maximum ${LIMITS.maxJsonBodyBytes} octets).`,
      );
    },
  });
  // Word uploads apply their own, larger limit (word-routes.ts).
  app.use('/api/*', (c, next) => (WORD_IMPORT_PATH.test(c.req.path) ? next() : jsonBodyLimit(c, next)));
  app.use('/api/*', loadSession());
  app.use('/api/*', rejectCrossSite());

  const readiness = createReadinessProbe(readinessChecks, { logger: deps.logger });
  registerHealthRoutes(app, { readiness, nodeId });
  registerAuthRoutes(app, { loginAttempts });
  registerOrgRoutes(app);
  registerDealRoutes(app);
  registerStaffingRoutes(app);
  registerDeedRoutes(app);
  registerVersionRoutes(app);
  registerExportRoutes(app);
  registerApprovalRoutes(app);
  registerCommentRoutes(app);
  registerVaultRoutes(app);
  registerWorkflowRoutes(app);
  registerSignatureRoutes(app);
  registerWordRoutes(app);
  registerMeRoutes(app);
  registerDocuSignWebhookRoutes(app);
  registerDocsRoutes(app);

  app.all('/api/*', handleNotFound);
  // Outside /api: no session, no CSRF; its own token or loopback rule (metrics-route.ts).
  if (metrics) app.get(METRICS_PATH, serveMetrics({ registry: metrics.registry, token: metricsToken }));
  serveEditor(app, config.editorDist);
  return app;
}
