import type { Redis } from 'ioredis';
import type { RateLimitCounter } from './rate-limit-counter';

export const DEFAULT_RATE_LIMIT_KEY_PREFIX = 'deedroom:rate-limit:';

export interface RedisRateLimitCounterOptions {
  /** Prefix of the keys (default `deedroom:rate-limit:`). */
  keyPrefix?: string;
  /**
   * How long a hit may wait for Redis before it fails (the caller then decides, e.g. lets a
   * login through). A client left with its offline queue on would otherwise hold requests
   * through every reconnection attempt.
   */
  timeoutMs?: number;
}

/**
 * Windows kept in Redis, shared by every node: INCR, PEXPIRE NX (only the window's first hit
 * sets the expiry, so the window is fixed) and PTTL in one MULTI. Needs Redis 7 (PEXPIRE NX).
 *
 * @example
 * createRedisRateLimitCounter(redis, { keyPrefix: 'deedroom:rate-limit:' })
 */
export function createRedisRateLimitCounter(
  redis: Redis,
  { keyPrefix = DEFAULT_RATE_LIMIT_KEY_PREFIX, timeoutMs = 1_000 }: RedisRateLimitCounterOptions = {},
): RateLimitCounter {
  async function count(redisKey: string, windowMs: number) {
    const replies = await redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, windowMs, 'NX')
      .pttl(redisKey)
      .exec();
    if (!replies) throw new Error('rate limit transaction aborted');
    const failed = replies.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
    const [[, hits], , [, ttl]] = replies as [[null, number], unknown, [null, number]];
    return { count: hits, resetInMs: ttl > 0 ? ttl : windowMs };
  }

  return {
    async hit(key, windowMs) {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          count(`${keyPrefix}${key}`, windowMs),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)),
              timeoutMs,
            );
          }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
