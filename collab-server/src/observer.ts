/**
 * Hooks for metrics (Prometheus in the API): the collaboration server calls them, never waits on
 * them, and ignores their failures.
 */
export interface CollabObserver {
  /** After each committed batch (one transaction of the update log). */
  onCommit(batch: { updates: number; bytes: number; durationMs: number }): void;
  /** After each compaction that ran on this node: `ok` false when it failed or another one won. */
  onCompaction?(compaction: { deedId: string; durationMs: number; ok: boolean }): void;
}
