/**
 * The collaboration protocol's shared constants: WebSocket close codes (read by the browser to
 * tell the user what happened) and the limits the server enforces. The stock y-websocket client
 * treats 4400–4499 as final (it stops reconnecting and emits `closed`); any other code makes it
 * reconnect, which is what ACCESS_CHANGED asks for.
 */
export const COLLAB_CLOSE = {
  /** Malformed, truncated or unknown message. */
  MALFORMED: 4400,
  /** No valid token or session, or the session ended (logout). */
  UNAUTHORIZED: 4401,
  /** Access to the deed was withdrawn while connected. */
  FORBIDDEN: 4403,
  /** No such deed, or behind the Chinese wall. */
  NOT_FOUND: 4404,
  /** A message or the document grew past its limit. */
  TOO_LARGE: 4413,
  /** Too many updates per second. */
  RATE_LIMITED: 4429,
  /**
   * The update breaks the deed's edit rules (a plain edit from someone held to suggestion mode,
   * or any edit of a locked deed). Nothing of it was kept; the client drops its unsent changes.
   */
  EDIT_REFUSED: 4422,
  /** The server is stopping; reconnect. */
  /** The caller’s role or staffing changed: fetch access again, then reconnect. */
  ACCESS_CHANGED: 4009,
  GOING_AWAY: 1001,
  INTERNAL: 1011,
} as const;

export type CollabCloseCode = (typeof COLLAB_CLOSE)[keyof typeof COLLAB_CLOSE];

export const COLLAB_LIMITS = {
  /** Largest single WebSocket message (also the `ws` maxPayload). */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Largest encoded deed (about 1,500 pages of text). */
  maxDocumentBytes: 32 * 1024 * 1024,
  /** Sustained document updates per second per connection, and the burst allowed above it. */
  updatesPerSecond: 60,
  updateBurst: 600,
  /** Largest awareness state (carets, names) of one client, in bytes of JSON. */
  maxAwarenessStateBytes: 8 * 1024,
  /** Lifetime of a collaboration token issued by the API. */
  tokenTtlMs: 10 * 60 * 1000,
} as const;

/** Path under which the collaboration WebSocket is served: `/collab/<deedId>`. */
export const COLLAB_PATH = '/collab';

/**
 * Security events the API publishes and every collaboration node applies to its open sockets
 * at once: staffing or role changes re-check access, ended sessions close their sockets.
 */
export type AccessEvent =
  | { type: 'access-changed'; dealId: string; userId: string }
  /** The deed's edit rules changed (suggestion mode, lock): every socket on it re-checks. */
  | { type: 'deed-changed'; deedId: string }
  | { type: 'session-ended'; userId: string; sessionKey: string }
  | { type: 'sessions-ended'; userId: string; exceptSessionKey: string | null };

/**
 * A y-websocket message type of our own, sent by the server only: "something about this deed
 * changed, fetch it again" (its payload is a JSON `{ topic }` string). The data itself always
 * comes from the API, with its permission checks.
 */
export const DEED_SIGNAL_MESSAGE = 100;

export const DEED_SIGNAL_TOPICS = ['comments', 'versions', 'approvals', 'settings'] as const;
export type DeedSignalTopic = (typeof DEED_SIGNAL_TOPICS)[number];

/**
 * Published by the API after a change; each collaboration node passes it to the sockets open on
 * the deed, and only to members of `orgId` when set (a bank-internal thread never reaches the
 * developer's or the notary's socket, not even as a signal).
 */
export interface DeedSignal {
  deedId: string;
  topic: DeedSignalTopic;
  orgId: string | null;
}
