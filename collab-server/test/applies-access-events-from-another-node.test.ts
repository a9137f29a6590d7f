import { COLLAB_CLOSE } from '@deedroom/shared';
import { describe, expect, it } from 'vitest';
import type { CollabAccess, CollabAuthority } from '../src/types';
import { ACCESS_CHANNEL, encodeAccessEvent } from '../src/types';
import { createMemoryUpdateLog } from './support/memory-update-log';
import { type Client, openClient } from './support/open-client';
import { type CollabNode, startCollabNode } from './support/start-collab-node';
import { useTestCluster } from './support/use-test-cluster';

const { prefix, nodes, clients } = useTestCluster();

function accessOf(userId: string): CollabAccess {
  return {
    dealId: 'deal-1',
    editMode: 'edit',
    identity: {
      userId,
      name: userId,
      orgId: 'org',
      orgName: 'Org',
      orgKind: 'bank',
      role: 'lawyer',
      color: '#1f6feb',
      sessionKey: `session-${userId}`,
    },
  };
}

/** The token is the user id; "revoked" loses access on recheck. Counts rechecks per user. */
function createFakeAuthority(): CollabAuthority & { rechecks: Map<string, number> } {
  const rechecks = new Map<string, number>();
  return {
    rechecks,
    async authenticate({ token }) {
      return token ? { ok: true, access: accessOf(token) } : { ok: false, reason: 'unauthorized' };
    },
    async recheck(identity) {
      rechecks.set(identity.userId, (rechecks.get(identity.userId) ?? 0) + 1);
      return identity.userId === 'revoked' ? null : accessOf(identity.userId);
    },
  };
}

function connect(node: CollabNode, userId: string): Client {
  const client = openClient(node.url, 'deed-1', userId);
  clients.push(client);
  return client;
}

describe('access events across nodes', () => {
  it('closes on node B the socket of a user whose access node A withdrew, applying the event once on each node', async () => {
    const log = createMemoryUpdateLog();
    const authorities = [createFakeAuthority(), createFakeAuthority()] as const;
    const a = await startCollabNode({ log, prefix, authority: authorities[0] });
    const b = await startCollabNode({ log, prefix, authority: authorities[1] });
    nodes.push(a, b);
    const revokedOnA = connect(a, 'revoked');
    const revokedOnB = connect(b, 'revoked');
    const keptOnA = connect(a, 'kept');
    const keptOnB = connect(b, 'kept');
    await Promise.all([revokedOnA, revokedOnB, keptOnA, keptOnB].map((c) => c.synced));

    a.bus.publish(
      ACCESS_CHANNEL,
      encodeAccessEvent({ type: 'access-changed', dealId: 'deal-1', userId: 'revoked' }),
    );
    await expect.poll(() => revokedOnB.closeCodes).toEqual([COLLAB_CLOSE.FORBIDDEN]);
    await expect.poll(() => revokedOnA.closeCodes).toEqual([COLLAB_CLOSE.FORBIDDEN]);

    // A later event from the same publisher arrives after any duplicate of the first would have.
    a.bus.publish(
      ACCESS_CHANNEL,
      encodeAccessEvent({ type: 'access-changed', dealId: 'deal-1', userId: 'kept' }),
    );
    await expect.poll(() => authorities.map((auth) => auth.rechecks.get('kept'))).toEqual([1, 1]);
    expect(authorities.map((auth) => auth.rechecks.get('revoked'))).toEqual([1, 1]);
    expect(keptOnA.closeCodes).toEqual([]);
    expect(keptOnB.closeCodes).toEqual([]);
  });
});
