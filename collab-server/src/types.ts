import type { AccessEvent, DeedEditMode, DeedSignal } from '@deedroom/shared';
import type * as Y from 'yjs';

/** Who is on a socket, as the server established it (never as the client claims). */
export interface CollabIdentity {
  userId: string;
  name: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  role: string;
  color: string;
  /** Identifies the login session, so that a logout closes the sockets it opened. */
  sessionKey: string;
}

export interface CollabAccess {
  identity: CollabIdentity;
  dealId: string;
  /** `suggest`: only updates that keep to tracked suggestions are taken (see ContentGuard). */
  editMode: DeedEditMode;
}

/**
 * The content rule the server enforces for people held to suggestion mode. The collaboration
 * server applies a suggester's update to a scratch copy first and asks this guard whether the
 * change only adds, extends or withdraws the user's own suggestions.
 */
export interface ContentGuard {
  isSuggestionOnly(before: Y.Doc, after: Y.Doc, userId: string): boolean;
}

export type AuthenticationResult =
  | { ok: true; access: CollabAccess }
  | { ok: false; reason: 'unauthorized' | 'not-found' };

/**
 * The business rules the collaboration server asks for; it holds none itself. The composition
 * root implements this with the API's services.
 */
export interface CollabAuthority {
  /** Checks the token (or session cookie) of an upgrade request for a deed. */
  authenticate(request: {
    deedId: string;
    token: string | null;
    cookieHeader: string | undefined;
  }): Promise<AuthenticationResult>;
  /** Access of an already-connected user now, or null when it was withdrawn. */
  recheck(identity: CollabIdentity, deedId: string): Promise<CollabAccess | null>;
}

/** The durable, append-only per-deed update log with its compacted snapshot. */
export interface DeedUpdateLog {
  load(deedId: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[]; lastId: number }>;
  /**
   * Appends every entry in ONE transaction (group commit); returns their ids in order. `userId` is
   * the author (null for a change the server made); stores may keep per-author activity from it.
   */
  append(
    entries: ReadonlyArray<{ deedId: string; update: Uint8Array; userId: string | null }>,
  ): Promise<number[]>;
  /** Atomically stores `snapshot` and drops the updates it covers (ids <= uptoId). */
  compact(deedId: string, snapshot: Uint8Array, uptoId: number): Promise<void>;
}

/** Fan-out between nodes: document updates, awareness and access events. */
export interface Bus {
  publish(channel: string, payload: Uint8Array): void;
  subscribe(channel: string, handler: (payload: Uint8Array) => void): () => void;
  close(): Promise<void>;
}

export const ACCESS_CHANNEL = 'access';

export function encodeAccessEvent(event: AccessEvent): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(event));
}

export const SIGNAL_CHANNEL = 'deed-signal';

export function encodeDeedSignal(signal: DeedSignal): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(signal));
}
