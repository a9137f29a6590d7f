import { afterEach } from 'vitest';
import type { Client } from './open-client';
import { createTestPrefix, deleteTestKeys } from './redis-test-keys';
import type { CollabNode } from './start-collab-node';

/**
 * The nodes and clients of one test file, on the real Redis under a key prefix of its own: push
 * what a test starts into `nodes` and `clients`; after each test they are closed and the
 * prefix's keys deleted.
 */
export function useTestCluster(): { prefix: string; nodes: CollabNode[]; clients: Client[] } {
  const prefix = createTestPrefix();
  const nodes: CollabNode[] = [];
  const clients: Client[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(nodes.splice(0).map((node) => node.close()));
    await deleteTestKeys(prefix);
  });
  return { prefix, nodes, clients };
}
