import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { createApp } from './http/create-app';
import { createLogger, type Logger } from './logger';
import { type DemoSeedResult, seedDemo } from './services/demo/seed-demo';
import type { ServiceDeps } from './services/deps';
import { createStores } from './store/create-stores';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  deps: ServiceDeps;
  demo: DemoSeedResult | undefined;
  /** Stops accepting connections, waits for in-flight requests, closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
}

/** The composition root: store, services, HTTP app and the listening socket, on one port. */
export async function startServer({ config, logger, clock }: StartOptions): Promise<RunningServer> {
  const log = logger ?? createLogger(config.logLevel);
  const stores = await createStores({ dataDir: config.dataDir });
  const deps: ServiceDeps = { stores, clock: clock ?? systemClock, logger: log };
  const demo = config.seedDemo ? await seedDemo(deps, config.demoPassword) : undefined;
  const app = createApp({ deps, config });
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  let isClosed = false;
  return {
    url: `http://${host}:${port}`,
    port,
    deps,
    demo,
    async close() {
      if (isClosed) return;
      isClosed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await stores.close();
    },
  };
}
