import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes this client saw, in order. */
  closeCodes: number[];
  synced: Promise<void>;
  /** Points the client at another node; it goes there on its next (re)connection. */
  moveTo(serverUrl: string): void;
  destroy(): void;
}

/** The stock y-websocket client, as a browser tab uses it, on one node. */
export function openClient(serverUrl: string, deedId: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, deedId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 100,
    // Otherwise clients in one process talk over BroadcastChannel and bypass the servers.
    disableBc: true,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.on('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    closeCodes,
    synced,
    moveTo(url) {
      provider.serverUrl = url;
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
