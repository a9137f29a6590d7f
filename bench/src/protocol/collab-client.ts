import type * as Y from 'yjs';

/** Origin of updates that came from the server, so they are not sent back. */
export const REMOTE_ORIGIN = Symbol('remote');

export interface CloseInfo {
  code: number;
  reason: string;
}

/**
 * A minimal collaborative client: one WebSocket, one Y.Doc. Local transactions are sent as
 * updates; updates from the server are reported (with their arrival time) then applied.
 */
export interface CollabClient {
  readonly doc: Y.Doc;
  /** Resolves once the server's first sync step 2 was applied. */
  connect(timeoutMs: number): Promise<void>;
  /** Called for every document update received, before it is applied. */
  onRemoteUpdate(listener: (update: Uint8Array, receivedAt: number) => void): void;
  /** Set when the socket closed without `close()` being called. */
  readonly unexpectedClose: CloseInfo | undefined;
  close(): void;
}
