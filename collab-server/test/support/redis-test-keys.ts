import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis of the tests (CI runs one, without persistence). */
export const REDIS_URL = process.env.DEEDROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A prefix of its own per test: channels and keys never meet another test's. */
export function createTestPrefix(): string {
  return `deedroom-test:${randomUUID()}:`;
}

/** Deletes every key the test made under its prefix. */
export async function deleteTestKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

/** A plain connection for a test's own look at Redis; the caller quits it. */
export function openRedis(): Redis {
  return new Redis(REDIS_URL);
}
