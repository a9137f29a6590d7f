import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deedChannel, encodeDeedFrame } from '../src/bus/deed-frame';
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

/**
 * A node commits an update, then dies before publishing it: the store has it, the bus never
 * carried it. The next update of the same author (typed again through another node) depends on
 * it; a room that receives it fetches what it lacks from the store instead of holding the
 * dependent update back forever.
 */
describe('an update committed by a node that died before publishing it', () => {
  it('reaches the other nodes’ clients as soon as a later update depends on it', async () => {
    const log = createMemoryUpdateLog();
    const survivor = await startCollabNode({ log, prefix });
    nodes.push(survivor);
    const reader = openClient(survivor.url, 'deed-1', 'reader');
    clients.push(reader);
    await reader.synced;

    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on('update', (u: Uint8Array) => updates.push(u));
    author.getArray<string>('items').push(['committed, never published']);
    await log.append([{ deedId: 'deed-1', update: updates[0] as Uint8Array, userId: 'author' }]);
    author.getArray<string>('items').push(['published later']);
    await log.append([{ deedId: 'deed-1', update: updates[1] as Uint8Array, userId: 'author' }]);
    const frame = encodeDeedFrame({ kind: 'update', nodeId: randomUUID(), body: updates[1] as Uint8Array });
    await redis.publish(`${prefix}${deedChannel('deed-1')}`, Buffer.from(frame));

    await expect
      .poll(() => reader.doc.getArray<string>('items').toArray())
      .toEqual(['committed, never published', 'published later']);
  });
});
