import { COLLAB_PATH } from '@deedroom/shared';
import { fetchCollabTokens } from '../auth/deedroom-tokens';
import type { ProvisionedWorld } from '../ipc/server-messages';
import type { ClientSpec } from '../protocol/client-spec';
import type { ServerHandle } from '../servers/spawn-server';

/**
 * How client c of deed d reaches each server: Deedroom at /collab/<deedId>?token=<collab token>
 * (tokens fetched over HTTP), the y-websocket server at /<docName>, Hocuspocus at / with the
 * document name in each message.
 */
export async function buildClientSpecs(
  server: ServerHandle,
  world: ProvisionedWorld,
  clientsPerDeed: number,
): Promise<ClientSpec[][]> {
  const origin = `127.0.0.1:${server.port}`;
  switch (server.kind) {
    case 'deedroom': {
      const tokens = await fetchCollabTokens(`http://${origin}`, world, clientsPerDeed);
      return world.deedIds.map((deedId, d) =>
        Array.from({ length: clientsPerDeed }, (_, c) => ({
          protocol: 'y-websocket' as const,
          url: `ws://${origin}${COLLAB_PATH}/${deedId}?token=${encodeURIComponent(tokens[d]?.[c] ?? '')}`,
          docName: deedId,
          token: '',
        })),
      );
    }
    case 'y-websocket-server':
      return world.deedIds.map((deedId) =>
        Array.from({ length: clientsPerDeed }, () => ({
          protocol: 'y-websocket' as const,
          url: `ws://${origin}/${deedId}`,
          docName: deedId,
          token: '',
        })),
      );
    case 'hocuspocus':
      return world.deedIds.map((deedId) =>
        Array.from({ length: clientsPerDeed }, () => ({
          protocol: 'hocuspocus' as const,
          url: `ws://${origin}`,
          docName: deedId,
          token: 'bench',
        })),
      );
  }
}
