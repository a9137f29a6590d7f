import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './start-server';

/**
 * `pnpm --filter @deedroom/api collab`: the collaboration server on its own (WebSocket
 * `/collab/<deedId>` plus `/api/health`), on the same store as the API nodes.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer({ config, logger, mode: 'collab' });
  logger.info({ url: server.url, dataDir: config.dataDir }, 'Deedroom collaboration node is listening');
  const shutdown = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `collaboration node failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exit(1);
});
