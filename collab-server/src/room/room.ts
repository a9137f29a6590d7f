import { COLLAB_CLOSE } from '@deedroom/shared';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from '../connection/collab-connection';
import type { CollabSettings } from '../limits';
import type { CollabLogger } from '../logger';
import { encodeAwarenessEntries, readAwarenessEntries } from '../protocol/awareness-entries';
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type IncomingMessage,
} from '../protocol/messages';
import { MalformedMessageError } from '../protocol/safe-decoder';
import type { ContentGuard, StoredDeedState } from '../types';
import type { ServerChange } from './server-change';

/** Origin of updates read from the store or received from another node: never re-persisted. */
export const LOAD_ORIGIN = Symbol('load');
export const REMOTE_ORIGIN = Symbol('remote');

/** A browser tab announces one awareness client id; a few more cover reconnects. */
const MAX_CLIENT_IDS_PER_CONNECTION = 4;

export interface RoomHooks {
  /** Called for every update a connection made, before anyone else sees it. */
  persist(room: Room, update: Uint8Array, origin: CollabConnection | ServerChange): void;
  /** Called after an update is durable: fan it out to other nodes. */
  publish(room: Room, update: Uint8Array): void;
  /** Called when awareness changed locally: fan it out to other nodes. */
  publishAwareness(room: Room, update: Uint8Array): void;
}

/**
 * One loaded deed: its Y.Doc (the committed state plus updates being committed), its awareness,
 * and its connections. A room never broadcasts an update before the store has it.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new Awareness(this.doc);
  readonly connections = new Set<CollabConnection>();
  /** Size of the snapshot plus the updates since, in bytes: the document-size guard. */
  approxBytes: number;
  /** Updates this node committed since it last started a compaction of the deed. */
  updatesSinceCompaction: number;
  /** While frozen (the deed is being locked), every content update is refused. */
  isFrozen = false;
  /**
   * A scratch copy of the document on which a suggester's update is tried before it may touch
   * the real one; made on first need, kept in step with every accepted update.
   */
  private replica: Y.Doc | null = null;
  private pendingCommits = 0;
  private commitWaiters: Array<() => void> = [];
  private readonly awarenessOwners = new Map<number, CollabConnection>();

  constructor(
    readonly deedId: string,
    stored: StoredDeedState,
    private readonly settings: CollabSettings,
    private readonly hooks: RoomHooks,
    private readonly logger: CollabLogger,
    private readonly guard: ContentGuard | undefined,
  ) {
    this.awareness.setLocalState(null);
    applyStoredState(this.doc, stored, LOAD_ORIGIN);
    this.approxBytes = (stored.snapshot?.length ?? 0) + stored.updates.reduce((sum, u) => sum + u.length, 0);
    this.updatesSinceCompaction = stored.updates.length;

    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.replica) Y.applyUpdate(this.replica, update);
      if (origin === LOAD_ORIGIN) return;
      if (origin === REMOTE_ORIGIN) {
        this.broadcast(encodeUpdate(update));
        return;
      }
      this.pendingCommits += 1;
      this.hooks.persist(this, update, origin as CollabConnection | ServerChange);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const update = encodeAwarenessUpdate(this.awareness, changed);
      this.broadcast(encodeAwareness(update));
      if (origin !== REMOTE_ORIGIN) this.hooks.publishAwareness(this, update);
    });
  }

  get isIdle(): boolean {
    return this.connections.size === 0;
  }

  /** Greets a new connection: our state vector (so it sends what we miss) and who is here. */
  addConnection(conn: CollabConnection): void {
    this.connections.add(conn);
    conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) conn.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  removeConnection(conn: CollabConnection): void {
    this.connections.delete(conn);
    const owned = [...conn.clientIds].filter((id) => this.awarenessOwners.get(id) === conn);
    for (const id of owned) this.awarenessOwners.delete(id);
    if (owned.length > 0) removeAwarenessStates(this.awareness, owned, 'disconnect');
  }

  /** Applies one parsed client message. Throws MalformedMessageError for hostile content. */
  async handleMessage(conn: CollabConnection, message: IncomingMessage): Promise<void> {
    switch (message.kind) {
      case 'sync-step-1': {
        // Answer from committed state only: wait for updates still on their way to the store.
        await this.whenCommitted();
        let reply: Uint8Array;
        try {
          reply = Y.encodeStateAsUpdate(this.doc, message.stateVector);
        } catch (err) {
          throw new MalformedMessageError(`state vector does not decode: ${(err as Error).message}`);
        }
        conn.send(encodeSyncStep2(reply));
        return;
      }
      case 'sync-step-2':
      case 'update':
        this.applyClientUpdate(conn, message.update);
        return;
      case 'awareness':
        this.applyClientAwareness(conn, message.update);
        return;
      case 'query-awareness':
        conn.send(
          encodeAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
        );
        return;
      case 'auth':
        return;
    }
  }

  private applyClientUpdate(conn: CollabConnection, update: Uint8Array): void {
    if (conn.editMode === 'read') {
      // Read-only connections are refused server-side: nothing reaches the doc, the store or others.
      this.logger.debug(
        { deedId: this.deedId, userId: conn.identity.userId },
        'refused update from read-only connection',
      );
      return;
    }
    if (!conn.takeUpdateToken()) {
      conn.close(COLLAB_CLOSE.RATE_LIMITED, 'too many updates');
      return;
    }
    if (this.approxBytes + update.length > this.settings.maxDocumentBytes) {
      conn.close(COLLAB_CLOSE.TOO_LARGE, 'document size limit reached');
      return;
    }
    if (this.isFrozen) {
      conn.close(COLLAB_CLOSE.EDIT_REFUSED, 'deed locked');
      return;
    }
    if (conn.editMode === 'suggest' && !this.keepsToSuggestions(conn, update)) {
      this.logger.info(
        { deedId: this.deedId, userId: conn.identity.userId },
        'refused a plain edit from a suggestion-only connection',
      );
      conn.close(COLLAB_CLOSE.EDIT_REFUSED, 'suggestions only');
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch (err) {
      throw new MalformedMessageError(`update does not apply: ${(err as Error).message}`);
    }
    this.approxBytes += update.length;
  }

  /** Tries the update on the scratch copy and asks the guard; a refused try spoils the copy. */
  private keepsToSuggestions(conn: CollabConnection, update: Uint8Array): boolean {
    if (!this.guard) return false;
    if (!this.replica) {
      this.replica = new Y.Doc({ gc: true });
      Y.applyUpdate(this.replica, Y.encodeStateAsUpdate(this.doc));
    }
    let isAllowed = false;
    try {
      Y.applyUpdate(this.replica, update);
      isAllowed = this.guard.isSuggestionOnly(this.doc, this.replica, conn.identity.userId);
    } catch (err) {
      this.dropReplica();
      throw new MalformedMessageError(`update does not apply: ${(err as Error).message}`);
    }
    if (!isAllowed) this.dropReplica();
    return isAllowed;
  }

  private dropReplica(): void {
    this.replica?.destroy();
    this.replica = null;
  }

  private applyClientAwareness(conn: CollabConnection, update: Uint8Array): void {
    const entries = readAwarenessEntries(update, this.settings.maxAwarenessStateBytes);
    const accepted = entries.flatMap((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId);
      const isSameUser = owner?.identity.userId === conn.identity.userId;
      if (owner && owner !== conn && !isSameUser) {
        this.logger.warn(
          { deedId: this.deedId, userId: conn.identity.userId, clientId: entry.clientId },
          'awareness spoofing refused',
        );
        return [];
      }
      if (!conn.clientIds.has(entry.clientId)) {
        if (conn.clientIds.size >= MAX_CLIENT_IDS_PER_CONNECTION) return [];
        conn.clientIds.add(entry.clientId);
      }
      this.awarenessOwners.set(entry.clientId, conn);
      const { identity } = conn;
      const user = {
        id: identity.userId,
        name: identity.name,
        orgName: identity.orgName,
        orgKind: identity.orgKind,
        role: identity.role,
        color: identity.color,
      };
      return [{ ...entry, state: entry.state && { ...entry.state, user } }];
    });
    if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), conn);
  }

  /** The store has the update: now, and only now, others may see it. */
  onCommitted(update: Uint8Array, origin: CollabConnection | ServerChange): void {
    this.updatesSinceCompaction += 1;
    const message = encodeUpdate(update);
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
    this.hooks.publish(this, update);
    this.settleCommit();
  }

  /** True while the doc holds updates whose dependencies it never received. */
  get awaitsMissingUpdates(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
  }

  /** An update from another node (already durable there). */
  applyRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /**
   * The deed as the store has it now, merged in after the bus may have dropped messages: whatever
   * this room lacked reaches its connections like any remote update.
   */
  catchUpWith(stored: StoredDeedState): void {
    applyStoredState(this.doc, stored, REMOTE_ORIGIN);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  /** The commit failed: nothing of what is pending may be shown as saved. */
  onCommitFailed(): void {
    this.settleCommit();
  }

  broadcast(message: Uint8Array): void {
    for (const conn of this.connections) conn.send(message);
  }

  whenCommitted(): Promise<void> {
    if (this.pendingCommits === 0) return Promise.resolve();
    return new Promise((resolve) => this.commitWaiters.push(resolve));
  }

  /** A compaction of the deed starts: count towards the next one from now; returns the size now. */
  beginCompaction(): number {
    this.updatesSinceCompaction = 0;
    return this.approxBytes;
  }

  /** The snapshot replaced what the store held when the compaction began; later updates still count. */
  markCompacted(snapshotBytes: number, bytesAtStart: number): void {
    this.approxBytes = snapshotBytes + Math.max(0, this.approxBytes - bytesAtStart);
  }

  destroy(): void {
    this.dropReplica();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private settleCommit(): void {
    this.pendingCommits -= 1;
    if (this.pendingCommits === 0) {
      const waiters = this.commitWaiters.splice(0);
      for (const resolve of waiters) resolve();
    }
  }
}

function applyStoredState(doc: Y.Doc, stored: StoredDeedState, origin: symbol): void {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
      for (const update of stored.updates) Y.applyUpdate(doc, update, origin);
    },
    origin,
  );
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}
