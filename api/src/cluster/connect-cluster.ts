import {
  type Bus,
  createInProcessBus,
  createInProcessLease,
  createRedisBus,
  createRedisLease,
  type Lease,
} from '@deedroom/collab-server';
import { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** What a node shares with the other nodes of its cluster, or keeps to itself when alone. */
export interface ClusterLinks {
  /** Document updates, awareness, access events, deed signals, freezes and presence. */
  bus: Bus;
  /** One holder per key across the nodes: deed compaction, periodic jobs. */
  lease: Lease;
  /** A command connection (rate limits, readiness); undefined on a single node. */
  redis: Redis | undefined;
  close(): Promise<void>;
}

/**
 * With `REDIS_URL`, the node joins the others through Redis: the bus (a publishing and a
 * subscribing connection), the leases, and a command connection that fails fast while Redis is
 * away (a login must not hang on it). Without, everything stays in this process.
 */
export async function connectCluster(config: Config, logger: Logger): Promise<ClusterLinks> {
  const url = config.redis.url;
  if (!url) {
    const bus = createInProcessBus();
    return { bus, lease: createInProcessLease(), redis: undefined, close: () => bus.close() };
  }
  const { prefix } = config.redis;
  const bus = createRedisBus({ url, prefix, logger: logger.child({ component: 'bus' }) });
  const lease = createRedisLease({ url, prefix, logger: logger.child({ component: 'lease' }) });
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    connectionName: 'deedroom-commands',
  });
  redis.on('error', (err: unknown) => logger.warn({ err }, 'redis command connection error'));
  try {
    await redis.connect();
    await bus.ping?.();
  } catch (error) {
    redis.disconnect();
    await Promise.all([bus.close(), lease.close()]);
    throw new Error(
      `Redis at ${new URL(url).host} is unreachable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    bus,
    lease,
    redis,
    async close() {
      await bus.close();
      await lease.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
