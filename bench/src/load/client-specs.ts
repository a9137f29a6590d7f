import { COLLAB_PATH } from '@deedroom/shared';
import { fetchCollabTokens } from '../auth/deedroom-tokens';
import type { ProvisionedWorld } from '../ipc/server-messages';
import type { ClientSpec } from '../protocol/client-spec';
import type { ServerHandle } from '../servers/spawn-server';

/** A client of one deed on one Deedroom node, with its collaboration token. */
export function deedroomClientSpec(port: number, deedId: string, token: string): ClientSpec {
  return {
    protocol: 'y-websocket',
    url: `ws://127.0.0.1:${port}${COLLAB_PATH}/${deedId}?token=${encodeURIComponent(token)}`,
    docName: deedId,
    token: '',
  };
}

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
        Array.from({ length: clientsPerDeed }, (_, c) =>
          deedroomClientSpec(server.port, deedId, tokens[d]?.[c] ?? ''),
        ),
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
