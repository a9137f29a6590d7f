import type { AddressInfo } from 'node:net';
import {
  ACCESS_CHANNEL,
  type CollabServer,
  createCollabServer,
  createInProcessBus,
  encodeAccessEvent,
  encodeDeedSignal,
  SIGNAL_CHANNEL,
} from '@deedroom/collab-server';
import { createAdaptorServer } from '@hono/node-server';
import { type Clock, systemClock } from './clock';
import { createCollabAuthority } from './collab/create-collab-authority';
import { createContentGuard } from './collab/create-content-guard';
import { createDeedContentForwarder } from './collab/forward-deed-content';
import { loadServerSecret } from './collab/load-server-secret';
import type { Config } from './config';
import { createApp } from './http/create-app';
import { createHealthApp } from './http/create-health-app';
import { createLogger, type Logger } from './logger';
import { type DemoSeedResult, seedDemo } from './services/demo/seed-demo';
import type { ServiceDeps } from './services/deps';
import { createStores } from './store/create-stores';
import { createBlobStore } from './vault/create-blob-store';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  deps: ServiceDeps;
  collab: CollabServer;
  demo: DemoSeedResult | undefined;
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
  const stores = await createStores({ dataDir: config.dataDir });
  const bus = createInProcessBus();
  const deedContent = createDeedContentForwarder();
  const deps: ServiceDeps = {
    stores,
    clock: clock ?? systemClock,
    logger: log,
    accessEvents: { publish: (event) => bus.publish(ACCESS_CHANNEL, encodeAccessEvent(event)) },
    deedSignals: { publish: (signal) => bus.publish(SIGNAL_CHANNEL, encodeDeedSignal(signal)) },
    collabSecret: loadServerSecret(config.dataDir, config.secret),
    deedContent,
    blobs: createBlobStore({ dataDir: config.dataDir }),
  };
  const demo = config.seedDemo && mode === 'all' ? await seedDemo(deps, config.demoPassword) : undefined;
  const collab = createCollabServer({
    authority: createCollabAuthority(deps),
    contentGuard: createContentGuard(),
    log: stores.deedUpdates,
    bus,
    logger: log.child({ component: 'collab' }),
    settings: config.collab,
    allowedOrigins: config.allowedOrigins,
  });
  deedContent.bind(collab.content);
  const app = mode === 'all' ? createApp({ deps, config }) : createHealthApp();
  const server = createAdaptorServer({ fetch: app.fetch });
  server.on('upgrade', (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    deps,
    collab,
    demo,
    close() {
      closing ??= (async () => {
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Idle keep-alive sockets would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        await collab.close();
        await httpClosed;
        await bus.close();
        await stores.close();
      })();
      return closing;
    },
  };
}
