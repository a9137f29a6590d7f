import type { CollabConnection } from '../connection/collab-connection';
import type { CollabLogger } from '../logger';
import type { CollabObserver } from '../observer';
import type { Room } from '../room/room';
import { ServerChange } from '../room/server-change';
import type { DeedUpdateLog } from '../types';
import { compactDeed } from './compact-deed';
import type { Lease } from './lease';

interface PendingUpdate {
  room: Room;
  update: Uint8Array;
  origin: CollabConnection | ServerChange;
}

/** The author the update log records: the connection's user, or nobody for a server change. */
function authorOf(origin: CollabConnection | ServerChange): string | null {
  return origin instanceof ServerChange ? null : origin.identity.userId;
}

export interface GroupCommitterOptions {
  log: DeedUpdateLog;
  lease: Lease;
  compactAfterUpdates: number;
  onRoomFailed(room: Room, error: unknown): void;
  logger: CollabLogger;
  observer?: CollabObserver;
}

/**
 * Group commit: every update that arrives while the store is busy joins the next batch, and a
 * batch is one transaction. Durability costs one commit per batch, not one per keystroke.
 * Compaction runs beside the batches, never in their way: it reads the deed from the store and
 * deletes only what it read (see `compactDeed`), so appends need not wait for it.
 */
export class GroupCommitter {
  private queue: PendingUpdate[] = [];
  private inFlight = 0;
  private committed = 0;
  private isScheduled = false;
  private isFlushing = false;
  private idleWaiters: Array<() => void> = [];
  private readonly compactions = new Map<string, Promise<void>>();

  constructor(private readonly options: GroupCommitterOptions) {}

  /** Updates received and not yet committed, across rooms. */
  get pendingUpdates(): number {
    return this.queue.length + this.inFlight;
  }

  /** Updates committed since the server started. */
  get updatesCommitted(): number {
    return this.committed;
  }

  enqueue(room: Room, update: Uint8Array, origin: CollabConnection | ServerChange): void {
    this.queue.push({ room, update, origin });
    this.schedule();
  }

  /** Resolves once everything queued so far is committed (or failed). */
  drain(): Promise<void> {
    if (!this.isFlushing && !this.isScheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves once the queue is drained and no compaction is running (shutdown). */
  async settle(): Promise<void> {
    await this.drain();
    await Promise.all(this.compactions.values());
  }

  /** Compacts one room now (unload, shutdown), after its own pending commits and running compaction. */
  async compactNow(room: Room): Promise<void> {
    await room.whenCommitted();
    await this.compactions.get(room.deedId);
    if (room.updatesSinceCompaction > 0) await this.startCompaction(room);
  }

  private schedule(): void {
    if (this.isScheduled || this.isFlushing) return;
    this.isScheduled = true;
    // setImmediate lets every message already read from the sockets join this batch.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const { log, logger } = this.options;
    this.isScheduled = false;
    this.isFlushing = true;
    const batch = this.queue.splice(0);
    this.inFlight = batch.length;
    try {
      const startedAt = performance.now();
      await log.append(
        batch.map(({ room, update, origin }) => ({ deedId: room.deedId, update, userId: authorOf(origin) })),
      );
      const durationMs = performance.now() - startedAt;
      this.committed += batch.length;
      for (const { room, update, origin } of batch) room.onCommitted(update, origin);
      const bytes = batch.reduce((sum, b) => sum + b.update.length, 0);
      this.notify((observer) => observer.onCommit({ updates: batch.length, bytes, durationMs }));
      for (const room of new Set(batch.map((b) => b.room)))
        if (room.updatesSinceCompaction >= this.options.compactAfterUpdates) void this.startCompaction(room);
    } catch (error) {
      logger.error({ err: error, updates: batch.length }, 'update log append failed');
      const rooms = new Set(batch.map((b) => b.room));
      for (const { room } of batch) room.onCommitFailed();
      for (const room of rooms) this.options.onRoomFailed(room, error);
    } finally {
      this.inFlight = 0;
      this.isFlushing = false;
      if (this.queue.length > 0) this.schedule();
      else for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** One compaction per deed at a time on this node; the lease keeps other nodes out. */
  private startCompaction(room: Room): Promise<void> {
    const running = this.compactions.get(room.deedId);
    if (running) return running;
    const { log, lease, logger } = this.options;
    const bytesAtStart = room.beginCompaction();
    const compaction = compactDeed(log, lease, room.deedId, logger).then((outcome) => {
      this.compactions.delete(room.deedId);
      if (outcome.status === 'skipped') return;
      if (outcome.status === 'compacted') room.markCompacted(outcome.snapshotBytes, bytesAtStart);
      const { durationMs } = outcome;
      const ok = outcome.status === 'compacted';
      this.notify((observer) => observer.onCompaction?.({ deedId: room.deedId, durationMs, ok }));
    });
    this.compactions.set(room.deedId, compaction);
    return compaction;
  }

  /** Metrics must never break a commit. */
  private notify(call: (observer: CollabObserver) => void): void {
    const { observer, logger } = this.options;
    if (!observer) return;
    try {
      call(observer);
    } catch (err) {
      logger.warn({ err }, 'collab observer failed');
    }
  }
}
