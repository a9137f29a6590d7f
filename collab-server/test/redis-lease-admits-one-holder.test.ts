import { afterAll, describe, expect, it } from 'vitest';
import { createRedisLease } from '../src/persistence/create-redis-lease';
import { createTestPrefix, deleteTestKeys, openRedis, REDIS_URL } from './support/redis-test-keys';

const prefix = createTestPrefix();
const nodeA = createRedisLease({ url: REDIS_URL, prefix });
const nodeB = createRedisLease({ url: REDIS_URL, prefix });
const redis = openRedis();

afterAll(async () => {
  await Promise.all([nodeA.close(), nodeB.close()]);
  await deleteTestKeys(prefix);
  await redis.quit();
});

describe('the Redis compaction lease', () => {
  it('lets one node hold a deed at a time, and the next one in once it is released', async () => {
    const releaseA = await nodeA.tryAcquire('deed-1', 60_000);
    expect(releaseA).not.toBeNull();
    expect(await nodeB.tryAcquire('deed-1', 60_000)).toBeNull();
    const other = await nodeB.tryAcquire('deed-2', 60_000);
    expect(other).not.toBeNull();

    await releaseA?.();
    const releaseB = await nodeB.tryAcquire('deed-1', 60_000);
    expect(releaseB).not.toBeNull();
    await releaseB?.();
    await other?.();
    expect(await redis.exists(`${prefix}lease:deed-1`, `${prefix}lease:deed-2`)).toBe(0);
  });

  it('lapses after its time, and a late release does not free the next holder’s lease', async () => {
    const lapsed = await nodeA.tryAcquire('deed-3', 50);
    expect(lapsed).not.toBeNull();
    let releaseB: (() => Promise<void>) | null = null;
    await expect
      .poll(async () => {
        releaseB ??= await nodeB.tryAcquire('deed-3', 60_000);
        return releaseB !== null;
      })
      .toBe(true);

    await lapsed?.();
    expect(await redis.exists(`${prefix}lease:deed-3`)).toBe(1);
    expect(await nodeA.tryAcquire('deed-3', 60_000)).toBeNull();
    await (releaseB as (() => Promise<void>) | null)?.();
    expect(await redis.exists(`${prefix}lease:deed-3`)).toBe(0);
  });
});
