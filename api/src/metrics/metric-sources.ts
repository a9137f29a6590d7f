/**
 * What the collaboration server reports as it persists (the shape of collab-server's
 * `CollabServerOptions.observer`, written here structurally so the two packages stay apart).
 */
export interface CollabObserver {
  /** A group commit: `updates` appended in one transaction of `durationMs`. */
  onCommit(batch: { updates: number; bytes: number; durationMs: number }): void;
  /** A deed's update log compacted into a snapshot (or the attempt failed). */
  onCompaction?(compaction: { deedId: string; durationMs: number; ok: boolean }): void;
}

/** The collaboration server's live figures on this node, read at scrape time. */
export interface CollabStats {
  connections: number;
  /** Deeds loaded in memory. */
  rooms: number;
  /** Updates applied but not yet committed (the group committer's queue). */
  pendingUpdates: number;
}

/** A connection pool's figures (PostgreSQL's `pg.Pool`: totalCount, idleCount, waitingCount). */
export interface DatabasePoolStats {
  total: number;
  idle: number;
  /** Queries waiting for a free connection. */
  waiting: number;
}
