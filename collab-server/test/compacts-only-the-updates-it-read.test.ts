import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SILENT_LOGGER } from '../src/logger';
import { compactDeed } from '../src/persistence/compact-deed';
import { createInProcessLease } from '../src/persistence/lease';
import type { DeedUpdateLog } from '../src/types';
import { createMemoryUpdateLog } from './support/memory-update-log';

/** Updates that each push one item, from one writer's doc. */
function itemUpdates(items: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const item of items) doc.getArray<string>('items').push([item]);
  return updates;
}

async function itemsInStore(log: DeedUpdateLog, deedId: string): Promise<string[]> {
  const stored = await log.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getArray<string>('items').toArray();
}

const append = (log: DeedUpdateLog, updates: Uint8Array[]) =>
  log.append(updates.map((update) => ({ deedId: 'd', update, userId: 'u' })));

describe('compacting a deed from the store', () => {
  it('leaves in the log an update committed while it compacted', async () => {
    const [u1, u2, u3] = itemUpdates(['one', 'two', 'three']) as [Uint8Array, Uint8Array, Uint8Array];
    const shared = createMemoryUpdateLog();
    await append(shared, [u1, u2]);
    // Another node commits u3 between this compaction's read and its write.
    const log: DeedUpdateLog = {
      ...shared,
      async load(deedId) {
        const stored = await shared.load(deedId);
        await append(shared, [u3]);
        return stored;
      },
    };

    const outcome = await compactDeed(log, createInProcessLease(), 'd', SILENT_LOGGER);

    expect(outcome.status).toBe('compacted');
    const after = await shared.load('d');
    expect(after.generation).toBe(1);
    expect(after.updates).toEqual([u3]);
    expect(await itemsInStore(shared, 'd')).toEqual(['one', 'two', 'three']);
  });

  it('changes nothing when another compaction of the same generation won', async () => {
    const shared = createMemoryUpdateLog();
    await append(shared, itemUpdates(['a', 'b', 'c']));
    // Both compactions read before either writes (two nodes whose lease lapsed, say).
    let arrived = 0;
    let letThrough = () => {};
    const bothRead = new Promise<void>((resolve) => {
      letThrough = resolve;
    });
    const log: DeedUpdateLog = {
      ...shared,
      async load(deedId) {
        const stored = await shared.load(deedId);
        arrived += 1;
        if (arrived === 2) letThrough();
        await bothRead;
        return stored;
      },
    };

    const outcomes = await Promise.all([
      compactDeed(log, createInProcessLease(), 'd', SILENT_LOGGER),
      compactDeed(log, createInProcessLease(), 'd', SILENT_LOGGER),
    ]);

    expect(outcomes.map((o) => o.status).sort()).toEqual(['compacted', 'lost']);
    expect((await shared.load('d')).generation).toBe(1);
    expect(await itemsInStore(shared, 'd')).toEqual(['a', 'b', 'c']);
  });

  it('does not run while another holder has the deed’s lease', async () => {
    const shared = createMemoryUpdateLog();
    await append(shared, itemUpdates(['a']));
    const lease = createInProcessLease();
    const release = await lease.tryAcquire('compaction:d', 60_000);

    expect((await compactDeed(shared, lease, 'd', SILENT_LOGGER)).status).toBe('skipped');
    expect((await shared.load('d')).generation).toBe(0);
    await release?.();
    expect((await compactDeed(shared, lease, 'd', SILENT_LOGGER)).status).toBe('compacted');
  });
});
