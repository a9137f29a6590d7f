import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_REDIS_PREFIX } from '../bus/create-redis-bus';
import { quitRedis } from '../bus/quit-redis';
import { type CollabLogger, SILENT_LOGGER } from '../logger';
import type { Lease } from './lease';

/** Deletes the key only while it still holds our token: a lease that expired and was taken stays. */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

export interface RedisLeaseOptions {
  url: string;
  /** The same prefix as the bus's. */
  prefix?: string;
  logger?: CollabLogger;
}

/** The lease across nodes: `SET <prefix>lease:<key> <token> NX PX ttl` on its own connection. */
export function createRedisLease(options: RedisLeaseOptions): Lease & { close(): Promise<void> } {
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  const logger = options.logger ?? SILENT_LOGGER;
  const redis = new Redis(options.url);
  redis.on('error', (err: unknown) => logger.warn({ err }, 'redis lease connection error'));
  return {
    async tryAcquire(name, ttlMs) {
      const key = `${prefix}lease:${name}`;
      const token = randomUUID();
      const answer = await redis.set(key, token, 'PX', Math.ceil(ttlMs), 'NX');
      if (answer !== 'OK') return null;
      return async () => {
        await redis.eval(RELEASE_SCRIPT, 1, key, token);
      };
    },
    close: () => quitRedis(redis),
  };
}
