import type { CollabConnection } from '../connection/collab-connection';
import type { CollabLogger } from '../logger';
import type { Room } from '../room/room';
import { ServerChange } from '../room/server-change';
import type { DeedUpdateLog } from '../types';

interface PendingUpdate {
  room: Room;
  update: Uint8Array;
  origin: CollabConnection | ServerChange;
}

/** The author the update log records: the connection's user, or nobody for a server change. */
function authorOf(origin: CollabConnection | ServerChange): string | null {
  return origin instanceof ServerChange ? null : origin.identity.userId;
}

/**
 * Group commit: every update that arrives while the store is busy joins the next batch, and a
 * batch is one transaction. Durability costs one commit per batch, not one per keystroke. Rooms
 * whose log grew past the threshold are compacted between batches, so compaction never races an
 * append of the same deed.
 */
export class GroupCommitter {
  private queue: PendingUpdate[] = [];
  private isScheduled = false;
  private isFlushing = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly log: DeedUpdateLog,
    private readonly compactAfterUpdates: number,
    private readonly onRoomFailed: (room: Room, error: unknown) => void,
    private readonly logger: CollabLogger,
  ) {}

  enqueue(room: Room, update: Uint8Array, origin: CollabConnection | ServerChange): void {
    this.queue.push({ room, update, origin });
    this.schedule();
  }

  /** Resolves once everything queued so far is committed (or failed). */
  drain(): Promise<void> {
    if (!this.isFlushing && !this.isScheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Compacts one room now (unload, shutdown); waits for the batch in flight first. */
  async compactNow(room: Room): Promise<void> {
    await this.drain();
    if (room.updatesSinceSnapshot > 0) await this.compact(room);
  }

  private schedule(): void {
    if (this.isScheduled || this.isFlushing) return;
    this.isScheduled = true;
    // setImmediate lets every message already read from the sockets join this batch.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.isScheduled = false;
    this.isFlushing = true;
    const batch = this.queue.splice(0);
    try {
      const ids = await this.log.append(
        batch.map(({ room, update, origin }) => ({ deedId: room.deedId, update, userId: authorOf(origin) })),
      );
      batch.forEach(({ room, update, origin }, i) => {
        room.onCommitted(update, origin, ids[i] ?? 0);
      });
      const rooms = new Set(batch.map((b) => b.room));
      for (const room of rooms)
        if (room.updatesSinceSnapshot >= this.compactAfterUpdates) await this.compact(room);
    } catch (error) {
      this.logger.error({ err: error, updates: batch.length }, 'update log append failed');
      const rooms = new Set(batch.map((b) => b.room));
      for (const { room } of batch) room.onCommitFailed();
      for (const room of rooms) this.onRoomFailed(room, error);
    } finally {
      this.isFlushing = false;
      if (this.queue.length > 0) this.schedule();
      else for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async compact(room: Room): Promise<void> {
    const snapshot = room.encodeSnapshot();
    const uptoId = room.lastCommittedId;
    this.logger.debug({ deedId: room.deedId, uptoId }, 'compaction started');
    try {
      await this.log.compact(room.deedId, snapshot, uptoId);
      room.markCompacted(snapshot.length);
      this.logger.debug({ deedId: room.deedId, bytes: snapshot.length }, 'compaction finished');
    } catch (error) {
      // The log is intact: compaction is only an optimisation and will be retried.
      this.logger.warn({ err: error, deedId: room.deedId }, 'compaction failed');
    }
  }
}
