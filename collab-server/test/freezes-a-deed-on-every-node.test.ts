import { COLLAB_CLOSE } from '@deedroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeedFreezeTimeoutError } from '../src/room/freeze-across-nodes';
import type { DeedUpdateLog } from '../src/types';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';
import { type CollabNode, startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';
import { withAppendGate } from './support/wrap-update-log';

const { prefix, nodes, clients } = useTestCluster();

function connect(node: CollabNode): Client {
  const client = openClient(node.url, 'deed-1', 'writer');
  clients.push(client);
  return client;
}

const textOf = (client: Client) => client.doc.getText('body').toString();

async function textInStore(log: DeedUpdateLog): Promise<string> {
  const stored = await log.load('deed-1');
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getText('body').toString();
}

/** Keeps typing until the node refuses (4422): an edit may still be on its way when the freeze lands. */
async function expectRefused(client: Client): Promise<void> {
  await expect
    .poll(
      () => {
        client.doc.getText('body').insert(0, '!');
        return client.closeCodes;
      },
      { timeout: 10_000 },
    )
    .toContain(COLLAB_CLOSE.EDIT_REFUSED);
}

describe('freezing a deed held by two nodes', () => {
  it('refuses updates on the other node, and resolves only once that node committed what it took', async () => {
    const log = createMemoryUpdateLog();
    const slowOnB = withAppendGate(log);
    const a = await startCollabNode({ log, prefix, settings: { freezeTimeoutMs: 20_000 } });
    const b = await startCollabNode({ log: slowOnB.log, prefix, settings: { freezeTimeoutMs: 20_000 } });
    nodes.push(a, b);
    const onA = connect(a);
    const onB = connect(b);
    const laterOnB = connect(b);
    await Promise.all([onA.synced, onB.synced, laterOnB.synced]);

    // b took an edit and is still committing it when the freeze arrives.
    slowOnB.hold();
    onB.doc.getText('body').insert(0, 'taken before the freeze');
    await expect.poll(() => slowOnB.waiting).toBe(1);
    let isFrozen = false;
    const freezing = a.collab.content.freeze('deed-1').then(() => {
      isFrozen = true;
    });

    await expectRefused(laterOnB);
    await expectRefused(onA);
    expect(isFrozen).toBe(false);

    slowOnB.open();
    await freezing;
    expect(await textInStore(log)).toContain('taken before the freeze');

    await a.collab.content.thaw('deed-1');
    const afterThaw = connect(b);
    await afterThaw.synced;
    afterThaw.doc.getText('body').insert(0, 'after the thaw ');
    const watcher = connect(a);
    await expect.poll(() => textOf(watcher)).toContain('after the thaw');
    expect(afterThaw.closeCodes).toEqual([]);
  });

  it('fails cleanly, thawing every node, when a live node does not confirm in time', async () => {
    const log = createMemoryUpdateLog();
    const a = await startCollabNode({ log, prefix, settings: { freezeTimeoutMs: 300 } });
    const b = await startCollabNode({ log, prefix, settings: { freezeTimeoutMs: 300 } });
    nodes.push(a, b);
    // A node that announced itself and then hung: alive for the presence, deaf to requests.
    await a.bus.presence?.announce('hung-node', 60_000);
    const onB = connect(b);
    await onB.synced;

    const failure = await a.collab.content.freeze('deed-1').catch((err: unknown) => err);

    expect(failure).toBeInstanceOf(DeedFreezeTimeoutError);
    expect((failure as DeedFreezeTimeoutError).silentNodeIds).toEqual(['hung-node']);
    expect((failure as Error).message).toMatch(/could not be frozen.*did not confirm within 300 ms/);
    const watcher = connect(a);
    await watcher.synced;
    onB.doc.getText('body').insert(0, 'still editable');
    await expect.poll(() => textOf(watcher)).toContain('still editable');
    expect(onB.closeCodes).toEqual([]);
  });
});
