import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createRedisBus } from '../src/bus/create-redis-bus';
import type { Bus } from '../src/types';
import { createTestPrefix, deleteTestKeys, openRedis, REDIS_URL } from './support/redis-test-keys';

let prefix = createTestPrefix();
const opened: Bus[] = [];
const redis = openRedis();

function openBus(busPrefix = prefix) {
  const bus = createRedisBus({ url: REDIS_URL, prefix: busPrefix });
  opened.push(bus);
  return bus;
}

/** Subscribers Redis counts on a channel: one per connection, however many local handlers. */
async function countRedisSubscribers(channel: string): Promise<number> {
  const answer = (await redis.pubsub('NUMSUB', `${prefix}${channel}`)) as [string, number];
  return Number(answer[1]);
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((bus) => bus.close()));
  await deleteTestKeys(prefix);
  prefix = createTestPrefix();
});

afterAll(async () => {
  await redis.quit();
});

describe('the Redis bus', () => {
  it('carries any bytes, and delivers each message exactly once to every handler, the publisher’s own included', async () => {
    const a = openBus();
    const b = openBus();
    const payload = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256); // NULs, invalid UTF-8
    const onA: Uint8Array[] = [];
    const onB: Uint8Array[] = [];
    const subscriptions = [
      a.subscribe('deed:x', (p) => onA.push(p.slice())),
      b.subscribe('deed:x', (p) => onB.push(p.slice())),
    ];
    await Promise.all(subscriptions.map((s) => s.ready));

    a.publish('deed:x', payload);
    a.publish('deed:x', Uint8Array.of(0xff)); // a marker: once it is in, a duplicate of the first would be too
    await expect.poll(() => onA.length + onB.length).toBe(4);
    expect(onA).toEqual([payload, Uint8Array.of(0xff)]);
    expect(onB).toEqual([payload, Uint8Array.of(0xff)]);
  });

  it('subscribes once per channel in Redis, however many local handlers, and unsubscribes with the last', async () => {
    const a = openBus();
    const got: string[] = [];
    const first = a.subscribe('access', () => got.push('first'));
    const second = a.subscribe('access', () => got.push('second'));
    await Promise.all([first.ready, second.ready]);
    expect(await countRedisSubscribers('access')).toBe(1);

    first.unsubscribe();
    a.publish('access', Uint8Array.of(1));
    await expect.poll(() => got).toEqual(['second']);
    expect(await countRedisSubscribers('access')).toBe(1);

    second.unsubscribe();
    await expect.poll(() => countRedisSubscribers('access')).toBe(0);
  });

  it('keeps deployments with different prefixes apart', async () => {
    const a = openBus();
    const elsewhere = openBus(createTestPrefix());
    const got: string[] = [];
    const here = a.subscribe('access', () => got.push('here'));
    const there = elsewhere.subscribe('access', () => got.push('there'));
    await Promise.all([here.ready, there.ready]);
    a.publish('access', Uint8Array.of(1));
    a.publish('access', Uint8Array.of(2));
    await expect.poll(() => got.length).toBe(2);
    expect(got).toEqual(['here', 'here']);
  });

  it('lists the nodes whose announcement has not lapsed', async () => {
    const a = openBus();
    const { presence } = a;
    if (!presence) throw new Error('the Redis bus has presence');
    await presence.announce('node-1', 60_000);
    await presence.announce('node-2', 60_000);
    await presence.announce('node-3', 1000);
    expect((await presence.listLive()).sort()).toEqual(['node-1', 'node-2', 'node-3']);
    await presence.withdraw('node-2');
    await expect.poll(() => presence.listLive(), { timeout: 5000 }).toEqual(['node-1']);
  });

  it('answers a ping, and quits both connections on close', async () => {
    const a = openBus();
    await a.ping();
    const subscription = a.subscribe('access', () => {});
    await subscription.ready;
    expect(await countRedisSubscribers('access')).toBe(1);
    await a.close();
    await expect.poll(() => countRedisSubscribers('access')).toBe(0);
    await expect(a.ping()).rejects.toThrow();
  });
});
