import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ServerHandle, spawnServer } from '../servers/spawn-server';
import { type BenchDatabase, createBenchDatabase } from './postgres-admin';
import { REDIS_URL } from './redis-admin';
import type { ClusterConfig } from './scale-plan';

export interface Cluster {
  config: ClusterConfig;
  /** Node 1 first: it migrated the database; the provisioning and logins go through it. */
  nodes: ServerHandle[];
  /** Store each node reports on /api/health (`sqlite` when DATABASE_URL was not taken into account). */
  stores: string[];
  database: BenchDatabase | undefined;
  stop(): Promise<void>;
}

async function storeOf(node: ServerHandle): Promise<string> {
  try {
    const res = await fetch(`http://127.0.0.1:${node.port}/api/health`);
    const body = (await res.json()) as { store?: unknown };
    return typeof body.store === 'string' ? body.store : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Starts the nodes of one configuration, each in its own child process running the API server
 * (`startServer({ config: loadConfig(env) })`), on one shared data folder and one secret;
 * PostgreSQL configurations get a database of their own, dropped at stop.
 */
export async function startCluster(config: ClusterConfig, log: (message: string) => void): Promise<Cluster> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `bench-scale-${config.id}-`));
  const nodes: ServerHandle[] = [];
  let database: BenchDatabase | undefined;
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await database
      ?.drop()
      .catch((err: unknown) => log(`could not drop ${database?.name}: ${(err as Error).message}`));
    if (!process.env.BENCH_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const env: Record<string, string> = { DEEDROOM_SECRET: randomBytes(32).toString('base64url') };
    if (config.store === 'postgres') {
      database = await createBenchDatabase();
      env.DATABASE_URL = database.url;
      log(`${config.id}: database ${database.name} created`);
    }
    if (config.bus === 'redis') env.REDIS_URL = REDIS_URL;
    // One after the other: node 1 migrates the empty database before node 2 opens it.
    for (let n = 0; n < config.nodes; n++) {
      const began = performance.now();
      nodes.push(await spawnServer('deedroom', { env, dataDir }));
      log(
        `${config.id}: node ${n + 1} up on port ${nodes[n]?.port} in ${((performance.now() - began) / 1000).toFixed(1)} s`,
      );
    }
    const stores = await Promise.all(nodes.map(storeOf));
    return { config, nodes, stores, database, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
