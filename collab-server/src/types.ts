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

/** What `DeedUpdateLog.load` reads: the compacted snapshot and every update it does not cover yet. */
export interface StoredDeedState {
  snapshot: Uint8Array | null;
  /** Every update not yet folded into the snapshot, in id order (NOT filtered by an upto id). */
  updates: Uint8Array[];
  updateIds: number[];
  /** Generation of the snapshot read (0 when none); compaction is a compare-and-set on it. */
  generation: number;
}

/** The durable, append-only per-deed update log with its compacted snapshot. */
export interface DeedUpdateLog {
  load(deedId: string): Promise<StoredDeedState>;
  /**
   * Appends every entry in ONE transaction (group commit); returns their ids in order. `userId` is
   * the author (null for a change the server made); stores may keep per-author activity from it.
   */
  append(
    entries: ReadonlyArray<{ deedId: string; update: Uint8Array; userId: string | null }>,
  ): Promise<number[]>;
  /**
   * In one transaction: if the snapshot's generation is still `expectedGeneration`, store
   * `snapshot` with generation+1 and delete exactly `coveredIds`; returns false (changing nothing)
   * when another compaction won.
   */
  compact(
    deedId: string,
    compaction: { snapshot: Uint8Array; coveredIds: number[]; expectedGeneration: number },
  ): Promise<boolean>;
}

/** What `Bus.subscribe` returns. */
export interface BusSubscription {
  /**
   * Settles once every message published from now on reaches the handler (at once in process;
   * after Redis confirmed the SUBSCRIBE otherwise). Rejects when the subscription failed.
   */
  ready: Promise<void>;
  unsubscribe(): void;
}

/**
 * Which collaboration nodes are alive, so that a node can wait for all of them (a freeze). Each
 * node announces itself periodically; an announcement lapses after `ttlMs`.
 */
export interface BusPresence {
  announce(nodeId: string, ttlMs: number): Promise<void>;
  /** Removes the node at once (a graceful shutdown). */
  withdraw(nodeId: string): Promise<void>;
  /** Ids of the nodes whose last announcement has not lapsed. */
  listLive(): Promise<string[]>;
}

/**
 * Fan-out between nodes: document updates, awareness, access events, deed signals and freezes.
 * A message reaches every subscriber exactly once, on every node, the publisher's included.
 */
export interface Bus {
  publish(channel: string, payload: Uint8Array): void;
  subscribe(channel: string, handler: (payload: Uint8Array) => void): BusSubscription;
  presence?: BusPresence;
  /**
   * Registers a listener called after the bus lost its connection and subscribed again: messages
   * published in between were lost, so rooms re-read the store. Returns the unregister function.
   */
  onResubscribed?(listener: () => void): () => void;
  /** Resolves when the bus answers (a health check). */
  ping?(): Promise<void>;
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
