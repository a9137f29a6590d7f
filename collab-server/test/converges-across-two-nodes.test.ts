import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';
import { type CollabNode, startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';

const { prefix, nodes, clients } = useTestCluster();

const itemsOf = (doc: Y.Doc) => doc.getArray<string>('items').toArray();
const textOf = (doc: Y.Doc) => doc.getText('body').toString();

function connect(node: CollabNode, deedId: string): Client {
  const client = openClient(node.url, deedId, 'writer');
  clients.push(client);
  return client;
}

/** Types `count` items and words, yielding to the event loop between keystrokes as a person would. */
async function type(client: Client, name: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    const text = client.doc.getText('body');
    client.doc.transact(() => {
      client.doc.getArray<string>('items').push([`${name}-${n}`]);
      text.insert(Math.floor(Math.random() * (text.length + 1)), `${name}${n} `);
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('two nodes on one deed', () => {
  it('brings clients typing on both nodes to identical content, and a later client on either node gets it all', async () => {
    const log = createMemoryUpdateLog();
    const a = await startCollabNode({ log, prefix });
    const b = await startCollabNode({ log, prefix });
    nodes.push(a, b);
    const writers = [connect(a, 'deed-1'), connect(b, 'deed-1'), connect(a, 'deed-1'), connect(b, 'deed-1')];
    await Promise.all(writers.map((w) => w.synced));

    await Promise.all(writers.map((w, i) => type(w, `w${i}`, 150)));

    const expected = writers.flatMap((_, i) => Array.from({ length: 150 }, (_, n) => `w${i}-${n}`)).sort();
    await expect
      .poll(() => writers.map((w) => [...itemsOf(w.doc)].sort()), { timeout: 15_000 })
      .toEqual(writers.map(() => expected));
    const [first] = writers as [Client];
    for (const w of writers) {
      expect(itemsOf(w.doc)).toEqual(itemsOf(first.doc));
      expect(textOf(w.doc)).toEqual(textOf(first.doc));
    }

    const lateOnA = connect(a, 'deed-1');
    const lateOnB = connect(b, 'deed-1');
    await Promise.all([lateOnA.synced, lateOnB.synced]);
    for (const late of [lateOnA, lateOnB]) {
      expect(itemsOf(late.doc)).toEqual(itemsOf(first.doc));
      expect(textOf(late.doc)).toEqual(textOf(first.doc));
    }
  });

  it('loads a deed while the other node commits to it, losing nothing committed during the load', async () => {
    // Every load of the store is slow: the other node commits many updates while it runs.
    let isLoadSlow = false;
    const log = createMemoryUpdateLog({
      afterLoadRead: () => new Promise((resolve) => setTimeout(resolve, isLoadSlow ? 60 : 0)),
    });
    const a = await startCollabNode({ log, prefix });
    const b = await startCollabNode({ log, prefix });
    nodes.push(a, b);
    const writer = connect(a, 'deed-2');
    await writer.synced;
    isLoadSlow = true;

    const typing = type(writer, 'w', 300);
    const joiners: Client[] = [];
    for (let i = 0; i < 3; i += 1) {
      // The first joiner's load on b overlaps with the writer's commits on a; later ones join that room.
      await expect.poll(() => itemsOf(writer.doc).length).toBeGreaterThanOrEqual(60 * (i + 1));
      const joiner = connect(b, 'deed-2');
      joiners.push(joiner);
      await joiner.synced;
    }
    await typing;

    await expect
      .poll(() => joiners.map((j) => itemsOf(j.doc).length), { timeout: 15_000 })
      .toEqual(joiners.map(() => 300));
    for (const joiner of joiners) expect(itemsOf(joiner.doc)).toEqual(itemsOf(writer.doc));
  });
});
