import { loadConfig, startServer } from '@deedroom/api';
import type { BenchServer } from './bench-server';
import { BENCH_PASSWORD, provisionDeedroomWorld } from './deedroom-world';

/**
 * Our server, exactly as production composes it: by default SQLite (WAL, synchronous=FULL) in
 * `dataDir`. `env` adds or overrides configuration variables (e.g. DATABASE_URL, REDIS_URL and
 * DEEDROOM_SECRET for a node of a cluster).
 */
export async function startDeedroom(dataDir: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DEEDROOM_DATA_DIR: dataDir,
    DEEDROOM_DEMO_PASSWORD: BENCH_PASSWORD,
    DEEDROOM_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn', // captured by the benchmark and reported
    ...env,
  });
  const server = await startServer({ config });
  return {
    port: server.port,
    persistence:
      server.deps.stores.dialect === 'postgres'
        ? 'PostgreSQL: every update committed (group commit) BEFORE it is broadcast'
        : 'SQLite WAL synchronous=FULL: every update committed (group commit, fsync) BEFORE it is broadcast',
    provision: (request) => provisionDeedroomWorld(server.deps.stores, request),
    close: () => server.close(),
  };
}
