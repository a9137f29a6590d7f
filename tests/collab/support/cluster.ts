import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PASSWORD } from './fixtures';
import { findFreePort, type ServerProcess, startServerProcess } from './server-process';

const POSTGRES_ADMIN = ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q'];

export interface ClusterNode {
  port: number;
  server: ServerProcess;
  /** Starts the node again at the same address (after a kill). */
  restart(): Promise<ServerProcess>;
}

export interface Cluster {
  nodes: ClusterNode[];
  close(): Promise<void>;
}

/**
 * Several real Deedroom nodes (`api/src/main.ts` in child processes) configured as a cluster:
 * one PostgreSQL database of their own, one Redis with a key prefix of their own, one shared
 * data folder and one secret. The first node migrates and seeds before the others start.
 */
export async function startCluster(size: number, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const id = randomBytes(5).toString('hex');
  const database = `deedroom_cluster_${id}`;
  execFileSync('psql', [...POSTGRES_ADMIN, '-c', `CREATE DATABASE ${database}`]);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-cluster-'));
  const env = {
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    REDIS_URL: 'redis://127.0.0.1:6379',
    DEEDROOM_REDIS_PREFIX: `deedroom-test-${id}:`,
    DEEDROOM_DATA_DIR: dataDir,
    DEEDROOM_SECRET: randomBytes(32).toString('hex'),
    DEEDROOM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'info',
    ...extraEnv,
  };
  const nodes: ClusterNode[] = [];
  try {
    for (let i = 0; i < size; i += 1) {
      const port = await findFreePort();
      const node: ClusterNode = {
        port,
        server: await startServerProcess(port, env),
        async restart() {
          node.server = await startServerProcess(port, env);
          return node.server;
        },
      };
      nodes.push(node);
    }
  } catch (error) {
    await Promise.all(nodes.map((n) => n.server.kill('SIGKILL')));
    throw error;
  }
  return {
    nodes,
    async close() {
      await Promise.all(
        nodes.map((n) => (n.server.child.exitCode === null ? n.server.kill('SIGTERM') : undefined)),
      );
      execFileSync('psql', [...POSTGRES_ADMIN, '-c', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
