import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  ACCESS_CHANNEL,
  type CollabServer,
  createCollabServer,
  encodeAccessEvent,
  encodeDeedSignal,
  SIGNAL_CHANNEL,
} from '@deedroom/collab-server';
import { LIMITS } from '@deedroom/shared';
import { createAdaptorServer } from '@hono/node-server';
import { type Clock, systemClock } from './clock';
import { connectCluster } from './cluster/connect-cluster';
import { createCollabAuthority } from './collab/create-collab-authority';
import { createContentGuard } from './collab/create-content-guard';
import { createDeedContentForwarder } from './collab/forward-deed-content';
import { loadServerSecret } from './collab/load-server-secret';
import type { Config } from './config';
import { createPdfRenderer } from './export/create-pdf-renderer';
import { createApp } from './http/create-app';
import { createHealthApp } from './http/create-health-app';
import { createPeriodicJob } from './jobs/create-periodic-job';
import { createLogger, type Logger } from './logger';
import { createMailer } from './mail/create-mailer';
import { createMetrics } from './metrics/create-metrics';
import { createRateLimitCounter } from './rate-limit/create-rate-limit-counter';
import { createBlobStoreCheck } from './readiness/create-blob-store-check';
import { createDatabaseCheck } from './readiness/create-database-check';
import { createRedisCheck } from './readiness/create-redis-check';
import type { ReadinessCheck } from './readiness/readiness-check';
import { type ReminderRunResult, runReminders } from './reminders/run-reminders';
import { type DemoSeedResult, seedDemo } from './services/demo/seed-demo';
import type { ServiceDeps } from './services/deps';
import { runSignatureJobs } from './services/signatures/expire-signature-requests';
import { createSignatureProvider } from './signatures/create-signature-provider';
import { createStores } from './store/create-stores';
import { createAnalysisRunner } from './vault/analysis-runner';
import { createBlobStore } from './vault/create-blob-store';
import { createVaultUploadHandler } from './vault/create-vault-upload-handler';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  deps: ServiceDeps;
  collab: CollabServer;
  demo: DemoSeedResult | undefined;
  /** Runs a pass of the deadline reminders now (also run every `reminders.intervalMs`). */
  runReminders(): Promise<ReminderRunResult>;
  /** Deletes vault uploads interrupted for longer than their expiry now (also run every hour). */
  cleanUpExpiredUploads(): Promise<number>;
  /** Stops accepting connections, closes sockets after committing every update, closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  /** `collab`: only the collaboration WebSocket (and /api/health), for a dedicated collab node. */
  mode?: 'all' | 'collab';
}

/**
 * The composition root: store, bus, services, HTTP app and the collaboration server, all on one
 * port (HTTP under `/api` and `/`, WebSocket upgrades under `/collab`).
 */
export async function startServer({
  config,
  logger,
  clock,
  mode = 'all',
}: StartOptions): Promise<RunningServer> {
  const log = logger ?? createLogger(config.logLevel);
  const stores = await createStores({
    dataDir: config.dataDir,
    databaseUrl: config.database.url,
    databaseAppRole: config.database.appRole,
    databasePoolSize: config.database.poolSize,
    onConnectionLost: (err) => log.warn({ err }, 'PostgreSQL closed a pooled connection'),
  });
  const cluster = await connectCluster(config, log);
  const { bus } = cluster;
  const deedContent = createDeedContentForwarder();
  const blobs = createBlobStore({ dataDir: config.dataDir });
  const deps: ServiceDeps = {
    stores,
    clock: clock ?? systemClock,
    logger: log,
    accessEvents: { publish: (event) => bus.publish(ACCESS_CHANNEL, encodeAccessEvent(event)) },
    deedSignals: { publish: (signal) => bus.publish(SIGNAL_CHANNEL, encodeDeedSignal(signal)) },
    collabSecret: loadServerSecret(config.dataDir, config.secret),
    deedContent,
    blobs,
    pdf: createPdfRenderer(),
    signatureProvider: createSignatureProvider(config, {
      stores,
      blobs,
      clock: clock ?? systemClock,
      logger: log.child({ component: 'signatures' }),
      publicUrl: config.publicUrl,
    }),
  };
  const demo = config.seedDemo && mode === 'all' ? await seedDemo(deps, config.demoPassword) : undefined;
  const metrics = createMetrics({
    onCollectError: (source, err) => log.warn({ err, source }, 'metrics source failed'),
  });
  const collab = createCollabServer({
    authority: createCollabAuthority(deps),
    contentGuard: createContentGuard(),
    log: stores.deedUpdates,
    bus,
    compactionLease: cluster.lease,
    observer: metrics.collabObserver,
    logger: log.child({ component: 'collab' }),
    settings: config.collab,
    allowedOrigins: config.allowedOrigins,
  });
  deedContent.bind(collab.content);
  metrics.collectCollabStats(() => collab.stats());
  metrics.collectDatabasePool(() => stores.poolStats());
  const readinessChecks: ReadinessCheck[] = [
    createDatabaseCheck(() => stores.ping()),
    ...(cluster.redis ? [createRedisCheck(cluster.redis)] : []),
  ];
  if (mode === 'all') {
    metrics.collectAnalysisQueueDepth(() => stores.vault.countPendingAnalyses());
    readinessChecks.push(createBlobStoreCheck(blobs));
  }
  const app =
    mode === 'all'
      ? createApp({
          deps,
          config,
          readinessChecks,
          metrics,
          metricsToken: config.metricsToken,
          loginAttempts: createRateLimitCounter({
            redis: cluster.redis,
            clock: deps.clock,
            keyPrefix: `${config.redis.prefix}rate-limit:`,
          }),
        })
      : createHealthApp({ readinessChecks, metrics, metricsToken: config.metricsToken, logger: log });
  const analysis =
    mode === 'all'
      ? createAnalysisRunner(deps, { modelPath: path.join(config.dataDir, 'classifier-model.json') })
      : undefined;
  const uploads =
    mode === 'all' ? createVaultUploadHandler(deps, config, { onStored: () => analysis?.wake() }) : undefined;
  // tus answers its own path prefix on the same server; everything else goes to Hono.
  const server = createAdaptorServer({
    fetch: app.fetch,
    createServer: ((options, listener) =>
      createServer(options, (req, res) => {
        if (uploads?.matches(req)) void uploads.handle(req, res);
        else listener?.(req, res);
      })) as typeof createServer,
  });
  analysis?.start();
  const uploadCleanup = setInterval(
    () => {
      uploads?.cleanUpExpired().catch((err: unknown) => log.warn({ err }, 'vault upload cleanup failed'));
    },
    Math.min(LIMITS.vaultUploadExpiryMs / 4, 60 * 60 * 1000),
  );
  uploadCleanup.unref();
  server.on('upgrade', (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  const mailer = createMailer({
    smtpUrl: config.reminders.smtpUrl,
    from: config.reminders.mailFrom,
    logger: log.child({ component: 'mail' }),
  });
  const reminderOptions = {
    mailer,
    appUrl: config.publicUrl ?? url,
    digestHour: config.reminders.digestHour,
  };
  const reminders = createPeriodicJob('reminders', () => runReminders(deps, reminderOptions), {
    intervalMs: config.reminders.intervalMs,
    logger: log,
    lease: cluster.lease,
  });
  // Expires overdue signature requests and retries failed provider calls.
  const signatureJobs = createPeriodicJob('signatures', () => runSignatureJobs(deps), {
    intervalMs: 30_000,
    logger: log,
    lease: cluster.lease,
  });
  if (mode === 'all') {
    reminders.start();
    signatureJobs.start();
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    deps,
    collab,
    demo,
    runReminders: () => reminders.runNow(),
    cleanUpExpiredUploads: () => uploads?.cleanUpExpired() ?? Promise.resolve(0),
    close() {
      closing ??= (async () => {
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Idle keep-alive sockets would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        clearInterval(uploadCleanup);
        await reminders.stop();
        await deps.pdf.release();
        await signatureJobs.stop();
        await mailer.close();
        await analysis?.stop();
        await collab.close();
        await httpClosed;
        await cluster.close();
        await stores.close();
      })();
      return closing;
    },
  };
}
