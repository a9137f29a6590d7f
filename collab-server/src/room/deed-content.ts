import * as Y from 'yjs';
import type { FreezeAcrossNodes } from './freeze-across-nodes';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';
import { ServerChange } from './server-change';

/** Thrown by `applyChange` while the deed is frozen (being locked, or locked). */
export class DeedFrozenError extends Error {
  constructor(readonly deedId: string) {
    super(`deed ${deedId} is frozen`);
    this.name = 'DeedFrozenError';
  }
}

/**
 * What the rest of the product may do to a deed's live document: read it as committed, make a
 * change of the server's own (it reaches the other nodes like any update), and freeze it against
 * every update on every node.
 */
export interface DeedContent {
  /** The Yjs state of the current content, once every update already received is committed. */
  readState(deedId: string): Promise<Uint8Array>;
  /**
   * Runs `change` on the live document in one transaction, commits the resulting update through
   * the group committer, then it reaches every connection. Resolves once it is durable.
   * Rejects with {@link DeedFrozenError} while the deed is frozen.
   */
  applyChange(
    deedId: string,
    change: (doc: Y.Doc) => void,
    origin: { actorId: string | null; reason: string },
  ): Promise<void>;
  /**
   * Refuses every further content update (close 4422) on every node; resolves once each live node
   * confirmed and committed its pending ones. Rejects with a `DeedFreezeTimeoutError` (and thaws)
   * when a node did not confirm in time.
   */
  freeze(deedId: string): Promise<void>;
  /** Takes content updates again, on every node. */
  thaw(deedId: string): Promise<void>;
}

/** The content port over the node's rooms: a deed not loaded is loaded, and unloads when idle. */
export function createDeedContent(registry: RoomRegistry, freezer: FreezeAcrossNodes): DeedContent {
  async function withRoom<T>(deedId: string, use: (room: Room) => Promise<T>): Promise<T> {
    const room = await registry.acquire(deedId);
    try {
      return await use(room);
    } finally {
      registry.release(room);
    }
  }

  return {
    readState: (deedId) =>
      withRoom(deedId, async (room) => {
        await room.whenCommitted();
        return Y.encodeStateAsUpdate(room.doc);
      }),

    applyChange: (deedId, change, { actorId, reason }) =>
      withRoom(deedId, async (room) => {
        if (room.isFrozen) throw new DeedFrozenError(deedId);
        let bytes = 0;
        const countBytes = (update: Uint8Array) => {
          bytes += update.length;
        };
        room.doc.on('update', countBytes);
        try {
          // The room persists and then broadcasts whatever this transaction produces.
          Y.transact(room.doc, () => change(room.doc), new ServerChange(actorId, reason));
        } finally {
          room.doc.off('update', countBytes);
        }
        room.approxBytes += bytes;
        await room.whenCommitted();
      }),

    freeze: (deedId) => freezer.freeze(deedId),
    thaw: (deedId) => freezer.thaw(deedId),
  };
}
