import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';
import { type CollabNode, startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';

const { prefix, nodes, clients } = useTestCluster();

const itemsOf = (doc: Y.Doc) => doc.getArray<string>('items').toArray();

function connect(node: CollabNode): Client {
  const client = openClient(node.url, 'deed-1', 'writer');
  clients.push(client);
  return client;
}

describe('a node dying mid-typing', () => {
  it('keeps every update acknowledged before the kill, and brings everyone together on a new node', async () => {
    const log = createMemoryUpdateLog();
    const a = await startCollabNode({ log, prefix, settings: { compactAfterUpdates: 20 } });
    const b = await startCollabNode({ log, prefix, settings: { compactAfterUpdates: 20 } });
    nodes.push(a, b);
    const onA = connect(a);
    const onB = connect(b);
    // The observer on b sees an item only once a node committed it: what the kill must not lose.
    const observer = connect(b);
    await Promise.all([onA.synced, onB.synced, observer.synced]);
    const seen = new Set<string>();
    observer.doc.getArray<string>('items').observe((event) => {
      for (const d of event.changes.delta)
        for (const item of (d.insert as string[] | undefined) ?? []) seen.add(item);
    });

    let isTyping = true;
    const typed = { a: 0, b: 0 };
    const typing = (['a', 'b'] as const).map(async (name) => {
      const writer = name === 'a' ? onA : onB;
      while (isTyping) {
        writer.doc.getArray<string>('items').push([`${name}-${typed[name]}`]);
        typed[name] += 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    });
    await expect
      .poll(() => [...seen].filter((item) => item.startsWith('a-')).length, { timeout: 10_000 })
      .toBeGreaterThan(100);

    await a.kill();
    const acknowledged = [...seen];
    const c = await startCollabNode({ log, prefix, settings: { compactAfterUpdates: 20 } });
    nodes.push(c);
    // Before a's clients come back and resend what they have: the store alone must hold it all.
    const checker = connect(c);
    await checker.synced;
    const present = new Set(itemsOf(checker.doc));
    expect(acknowledged.filter((item) => !present.has(item))).toEqual([]);

    onA.moveTo(c.url);
    await expect.poll(() => onA.provider.wsconnected, { timeout: 10_000 }).toBe(true);
    isTyping = false;
    await Promise.all(typing);

    const total = typed.a + typed.b;
    const everyone = [onA, onB, observer, checker];
    await expect
      .poll(() => everyone.map((client) => itemsOf(client.doc).length), { timeout: 15_000 })
      .toEqual(everyone.map(() => total));
    for (const client of everyone) expect(itemsOf(client.doc)).toEqual(itemsOf(onA.doc));
  });
});
