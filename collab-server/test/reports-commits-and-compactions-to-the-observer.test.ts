import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessBus } from '../src/bus/create-in-process-bus';
import { type CollabServer, createCollabServer } from '../src/create-collab-server';
import { SILENT_LOGGER } from '../src/logger';
import type { CollabObserver } from '../src/observer';
import { tokenAuthority } from './support/in-memory-collab-server';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(observer: CollabObserver): Promise<{ url: string; collab: CollabServer }> {
  const bus = createInProcessBus();
  const collab = createCollabServer({
    authority: tokenAuthority,
    log: createMemoryUpdateLog(),
    bus,
    logger: SILENT_LOGGER,
    settings: { compactAfterUpdates: 5 },
    observer,
  });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    await collab.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await bus.close();
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`, collab };
}

describe('the observer and stats', () => {
  it('reports every committed batch and compaction, and counts updates in stats()', async () => {
    const commits: Array<{ updates: number; bytes: number; durationMs: number }> = [];
    const compactions: Array<{ deedId: string; ok: boolean }> = [];
    const { url, collab } = await startServer({
      onCommit: (batch) => commits.push(batch),
      onCompaction: ({ deedId, ok }) => compactions.push({ deedId, ok }),
    });
    const writer: Client = openClient(url, 'deed-1', 'writer');
    const reader: Client = openClient(url, 'deed-1', 'reader');
    cleanups.push(
      () => writer.destroy(),
      () => reader.destroy(),
    );
    await Promise.all([writer.synced, reader.synced]);

    for (let n = 0; n < 12; n += 1) {
      writer.doc.getArray<string>('items').push([`item-${n}`]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect.poll(() => reader.doc.getArray('items').length).toBe(12);

    expect(commits.reduce((sum, c) => sum + c.updates, 0)).toBe(12);
    expect(commits.every((c) => c.bytes > 0 && c.durationMs >= 0)).toBe(true);
    await expect.poll(() => compactions.length).toBeGreaterThanOrEqual(2);
    expect(compactions.every((c) => c.deedId === 'deed-1' && c.ok)).toBe(true);
    const stats = collab.stats();
    expect(stats).toMatchObject({ connections: 2, rooms: 1, pendingUpdates: 0, updatesCommitted: 12 });
    expect(stats.busPublished).toBeGreaterThanOrEqual(12);
    expect(stats.busReceived).toBeGreaterThanOrEqual(12);
  });

  it('keeps committing when the observer throws', async () => {
    const { url } = await startServer({
      onCommit() {
        throw new Error('metrics broke');
      },
    });
    const writer = openClient(url, 'deed-1', 'writer');
    const reader = openClient(url, 'deed-1', 'reader');
    cleanups.push(
      () => writer.destroy(),
      () => reader.destroy(),
    );
    await Promise.all([writer.synced, reader.synced]);
    writer.doc.getText('body').insert(0, 'still saved');
    await expect.poll(() => reader.doc.getText('body').toString()).toBe('still saved');
    expect(writer.closeCodes).toEqual([]);
  });
});
