import type { ReadinessCheck } from './readiness-check';

/** What the check needs of a Redis client (an ioredis `Redis` has it). */
export interface PingableRedis {
  ping(): Promise<unknown>;
}

/**
 * The `redis` check: PING on the node's command connection. Only added when `REDIS_URL` is set.
 *
 * @example
 * createRedisCheck(redis)
 */
export function createRedisCheck(client: PingableRedis): ReadinessCheck {
  return {
    name: 'redis',
    async run() {
      const answer = await client.ping();
      if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${String(answer)}`);
    },
  };
}
