import type { Redis } from 'ioredis';
import type { BusPresence } from '../types';

// Scores are expiry instants taken from the Redis clock (TIME), never from the nodes' own clocks,
// so a node whose clock drifts is neither dropped early nor kept alive too long.
const REDIS_NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

const ANNOUNCE_SCRIPT = `${REDIS_NOW}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], last[2])
return 1`;

const LIST_LIVE_SCRIPT = `${REDIS_NOW}
return redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. now, '+inf')`;

/**
 * Node presence in one sorted set (`<prefix>nodes`: node id scored by when its announcement
 * lapses). The key expires with its last live entry, so nothing outlives the nodes.
 */
export function createRedisPresence(redis: Redis, key: string): BusPresence {
  return {
    async announce(nodeId, ttlMs) {
      await redis.eval(ANNOUNCE_SCRIPT, 1, key, nodeId, Math.ceil(ttlMs));
    },
    async withdraw(nodeId) {
      await redis.zrem(key, nodeId);
    },
    async listLive() {
      const ids = await redis.eval(LIST_LIVE_SCRIPT, 1, key);
      return Array.isArray(ids) ? ids.map(String) : [];
    },
  };
}
