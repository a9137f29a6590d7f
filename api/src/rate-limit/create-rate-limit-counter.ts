import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import { createMemoryRateLimitCounter } from './create-memory-rate-limit-counter';
import { createRedisRateLimitCounter } from './create-redis-rate-limit-counter';
import type { RateLimitCounter } from './rate-limit-counter';

export interface RateLimitCounterOptions {
  /** The node's Redis command connection (`REDIS_URL`); unset: counted in this process only. */
  redis?: Redis | undefined;
  clock: Clock;
  /** Prefix of the Redis keys (default `deedroom:rate-limit:`). */
  keyPrefix?: string;
  /** How long a hit waits for Redis before failing (default 1 s). */
  timeoutMs?: number;
}

/**
 * Chooses where rate-limit windows live: Redis when the cluster has one, so a client cannot
 * multiply its budget by the number of nodes; memory otherwise.
 *
 * @example
 * createRateLimitCounter({ redis, clock: systemClock })
 */
export function createRateLimitCounter({
  redis,
  clock,
  keyPrefix,
  timeoutMs,
}: RateLimitCounterOptions): RateLimitCounter {
  return redis
    ? createRedisRateLimitCounter(redis, { keyPrefix, timeoutMs })
    : createMemoryRateLimitCounter(clock);
}
