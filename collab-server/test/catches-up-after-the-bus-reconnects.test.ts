import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { openClient } from './support/open-client';
import { openRedis } from './support/redis-test-keys';
import { startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';

const { prefix, nodes, clients } = useTestCluster();
const redis = openRedis();

afterAll(async () => {
  await redis.quit();
});

const itemsOf = (doc: Y.Doc) => doc.getArray<string>('items').toArray();

/** Cuts the subscribing connections of this test's buses, as a network blip would. */
async function cutSubscribers(): Promise<number> {
  const list = (await redis.client('LIST')) as string;
  const ids = list
    .split('\n')
    .filter((line) => line.includes(` name=${prefix}subscriber `))
    .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1]);
  for (const id of ids) if (id) await redis.client('KILL', 'ID', id);
  return ids.length;
}

describe('a bus that lost its connection', () => {
  it('brings loaded rooms up to date from the store once it has subscribed again', async () => {
    const log = createMemoryUpdateLog();
    const a = await startCollabNode({ log, prefix });
    const b = await startCollabNode({ log, prefix });
    nodes.push(a, b);
    const writer = openClient(a.url, 'deed-1', 'writer');
    const reader = openClient(b.url, 'deed-1', 'reader');
    clients.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);

    expect(await cutSubscribers()).toBe(2);
    // Published while b is not subscribed: lost on the bus, but in the store.
    for (let n = 0; n < 50; n += 1) {
      writer.doc.getArray<string>('items').push([`item-${n}`]);
      await new Promise((resolve) => setImmediate(resolve));
    }

    await expect.poll(() => itemsOf(reader.doc).length, { timeout: 10_000 }).toBe(50);
    expect(itemsOf(reader.doc)).toEqual(itemsOf(writer.doc));
  });
});
