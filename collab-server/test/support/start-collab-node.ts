import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRedisBus } from '../../src/bus/create-redis-bus';
import { type CollabServer, createCollabServer } from '../../src/create-collab-server';
import type { CollabSettings } from '../../src/limits';
import { SILENT_LOGGER } from '../../src/logger';
import type { CollabObserver } from '../../src/observer';
import { createRedisLease } from '../../src/persistence/create-redis-lease';
import type { Lease } from '../../src/persistence/lease';
import type { Bus, CollabAuthority, DeedUpdateLog } from '../../src/types';
import { tokenAuthority } from './in-memory-collab-server';
import { REDIS_URL } from './redis-test-keys';
import { withKillSwitch } from './wrap-update-log';

export interface CollabNode {
  /** `ws://127.0.0.1:<port>/collab`, the y-websocket server URL. */
  url: string;
  collab: CollabServer;
  bus: Bus;
  /** The graceful shutdown: sockets closed with 1001, commits drained, rooms compacted. */
  close(): Promise<void>;
  /**
   * The node dies: its sockets and HTTP server are cut, its store and Redis connections fail,
   * nothing of its graceful close runs. `close()` afterwards only releases what is left.
   */
  kill(): Promise<void>;
}

export interface CollabNodeOptions {
  /** The update log every node shares. */
  log: DeedUpdateLog;
  /** Redis prefix of the test. */
  prefix: string;
  settings?: Partial<CollabSettings>;
  authority?: CollabAuthority;
  /** The Redis lease (default), or another one. */
  lease?: Lease;
  observer?: CollabObserver;
}

/** One collaboration node on an HTTP server on port 0, with a Redis bus and a Redis compaction lease. */
export async function startCollabNode(options: CollabNodeOptions): Promise<CollabNode> {
  const bus = createRedisBus({ url: REDIS_URL, prefix: options.prefix });
  const redisLease = options.lease ? undefined : createRedisLease({ url: REDIS_URL, prefix: options.prefix });
  const store = withKillSwitch(options.log);
  const collab = createCollabServer({
    authority: options.authority ?? tokenAuthority,
    log: store.log,
    bus,
    logger: SILENT_LOGGER,
    settings: options.settings,
    compactionLease: options.lease ?? redisLease,
    observer: options.observer,
  });
  await bus.ping();
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const serverClosed = new Promise<void>((resolve) => server.on('close', () => resolve()));
  let isKilled = false;
  const releaseConnections = async () => {
    await bus.close();
    await redisLease?.close();
  };
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    collab,
    bus,
    async close() {
      if (!isKilled) {
        await collab.close();
        server.close();
        await serverClosed;
        await releaseConnections();
        return;
      }
      // What a dead process would not do either way; just stop its timers.
      await collab.close();
    },
    async kill() {
      isKilled = true;
      store.kill();
      server.close();
      for (const socket of sockets) socket.destroy();
      await serverClosed;
      await releaseConnections();
    },
  };
}
