import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CollabObserver } from '../src/observer';
import { createInProcessLease } from '../src/persistence/lease';
import type { DeedUpdateLog } from '../src/types';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';
import { startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';

const { prefix, nodes, clients } = useTestCluster();

const WRITERS = 4;
const ITEMS = 150;

const itemsOf = (doc: Y.Doc) => doc.getArray<string>('items').toArray();

async function itemsInStore(log: DeedUpdateLog, deedId: string): Promise<string[]> {
  const stored = await log.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return itemsOf(doc);
}

function countCompactions(): { observer: CollabObserver; ok: number; lost: number } {
  const counts = {
    ok: 0,
    lost: 0,
    observer: {
      onCommit() {},
      onCompaction({ ok }: { ok: boolean }) {
        if (ok) counts.ok += 1;
        else counts.lost += 1;
      },
    },
  };
  return counts;
}

describe.each([
  ['with the Redis lease', true],
  ['with no shared lease, both nodes compacting at once', false],
])('compaction every 5 updates on two nodes, %s', (_label, isLeaseShared) => {
  it('never loses an update', async () => {
    // Store calls take a random while: appends (committing out of id order) and compactions of
    // both nodes interleave.
    const randomPause = () =>
      new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * 3)));
    const log = createMemoryUpdateLog({ beforeEach: randomPause, afterLoadRead: randomPause });
    const counts = [countCompactions(), countCompactions()];
    const [a, b] = await Promise.all(
      counts.map(({ observer }) =>
        startCollabNode({
          log,
          prefix,
          settings: { compactAfterUpdates: 5 },
          observer,
          lease: isLeaseShared ? undefined : createInProcessLease(),
        }),
      ),
    );
    if (!a || !b) throw new Error('two nodes');
    nodes.push(a, b);
    const writers = Array.from({ length: WRITERS }, (_, i) =>
      openClient((i % 2 ? b : a).url, 'deed-1', 'writer'),
    );
    clients.push(...writers);
    await Promise.all(writers.map((w) => w.synced));

    await Promise.all(
      writers.map(async (writer, w) => {
        for (let n = 0; n < ITEMS; n += 1) {
          writer.doc.getArray<string>('items').push([`w${w}-${n}`]);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );

    const total = WRITERS * ITEMS;
    // A client holds an item of another node's writer only once that node committed it.
    await expect
      .poll(() => writers.map((w) => itemsOf(w.doc).length), { timeout: 20_000 })
      .toEqual(writers.map(() => total));
    await expect.poll(() => [a, b].map((n) => n.collab.stats().pendingUpdates)).toEqual([0, 0]);

    const stored = await itemsInStore(log, 'deed-1');
    expect(stored.length).toBe(total);
    expect(stored).toEqual(itemsOf((writers[0] as Client).doc));
    expect(counts[0]?.ok).toBeGreaterThan(0);
    expect(counts[1]?.ok).toBeGreaterThan(0);

    // And a node that loads the deed afresh from the compacted store has it all too.
    const fresh = await startCollabNode({ log, prefix });
    nodes.push(fresh);
    const late = openClient(fresh.url, 'deed-1', 'writer');
    clients.push(late);
    await late.synced;
    expect(itemsOf(late.doc)).toEqual(stored);
  });
});
