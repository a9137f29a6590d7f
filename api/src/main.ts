import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './start-server';

/** `pnpm start`: the whole product in one process, on the embedded SQLite store. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer({ config, logger });
  logger.info(
    { url: server.url, dataDir: config.dataDir, store: server.deps.stores.dialect },
    'Deedroom is listening',
  );
  if (server.demo) {
    const lines = [
      '',
      `Deedroom is ready: http://localhost:${server.port}`,
      'Demo accounts (created on this empty database):',
      ...server.demo.emails.map((e) => `  ${e}`),
      `Password for every demo account: ${server.demo.password}`,
      config.demoPassword ? '' : '(generated; set DEEDROOM_DEMO_PASSWORD to choose it)',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } else {
    process.stdout.write(`\nDeedroom is ready: http://localhost:${server.port}\n\n`);
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Deedroom failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
