import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes seen by this client, in order. */
  closeCodes: number[];
  waitForSync(): Promise<void>;
  destroy(): void;
}

/**
 * The stock y-websocket client from npm, exactly as the contract says a bank's system would use
 * it: `new WebsocketProvider(origin + '/collab', deedId, doc, { params: { token } })`.
 */
export function openProvider(
  baseUrl: string,
  deedId: string,
  token: string | null,
  options: { connect?: boolean } = {},
) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, deedId, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
    // Otherwise providers in one process talk over BroadcastChannel and bypass the server.
    disableBc: true,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const client: ProviderClient = {
    doc,
    provider,
    closeCodes,
    waitForSync: () =>
      new Promise<void>((resolve) => {
        if (provider.synced) resolve();
        else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
      }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  return client;
}
