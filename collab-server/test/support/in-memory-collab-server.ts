import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInProcessBus } from '../../src/bus/create-in-process-bus';
import { type CollabServer, createCollabServer } from '../../src/create-collab-server';
import type { CollabSettings } from '../../src/limits';
import type { CollabAuthority } from '../../src/types';
import { createMemoryUpdateLog } from './memory-update-log';

/** Lets in anyone whose token is "writer" (read-write) or "reader" (read-only). */
export const tokenAuthority: CollabAuthority = {
  async authenticate({ token }) {
    if (token !== 'writer' && token !== 'reader') return { ok: false, reason: 'unauthorized' };
    return {
      ok: true,
      access: {
        dealId: 'deal',
        editMode: token === 'writer' ? 'edit' : 'read',
        identity: {
          userId: token,
          name: token,
          orgId: 'org',
          orgName: 'Org',
          orgKind: 'bank',
          role: 'x',
          color: '#1f6feb',
          sessionKey: token,
        },
      },
    };
  },
  async recheck() {
    return null;
  },
};

/** The collaboration server alone on an HTTP server on port 0. */
export async function startCollabOnly(
  settings: Partial<CollabSettings>,
): Promise<{ url: string; collab: CollabServer; close(): Promise<void> }> {
  const collab = createCollabServer({
    authority: tokenAuthority,
    log: createMemoryUpdateLog(),
    bus: createInProcessBus(),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    settings,
  });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    collab,
    async close() {
      await collab.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
