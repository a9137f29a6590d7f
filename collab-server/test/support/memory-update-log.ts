import type { DeedUpdateLog } from '../../src/types';

export interface MemoryUpdateLogOptions {
  /**
   * Awaited between reading the deed and returning it: a slow store, during which other nodes go
   * on committing (what a load must not lose).
   */
  afterLoadRead?: () => Promise<void>;
  /** Awaited before each operation, so that appends and compactions of several nodes interleave. */
  beforeEach?: () => Promise<void>;
}

/**
 * A complete, in-memory update log shared by every node of a test: the same contract as the SQL
 * ones (ids from a sequence, snapshot generations, compaction as a compare-and-set).
 */
export function createMemoryUpdateLog(options: MemoryUpdateLogOptions = {}): DeedUpdateLog {
  let nextId = 1;
  const updates: Array<{ id: number; deedId: string; update: Uint8Array }> = [];
  const snapshots = new Map<string, { data: Uint8Array; generation: number }>();
  const pause = async () => {
    await options.beforeEach?.();
  };
  return {
    async load(deedId) {
      await pause();
      const snapshot = snapshots.get(deedId);
      const rows = updates.filter((u) => u.deedId === deedId);
      const state = {
        snapshot: snapshot?.data ?? null,
        updates: rows.map((r) => r.update),
        updateIds: rows.map((r) => r.id),
        generation: snapshot?.generation ?? 0,
      };
      await options.afterLoadRead?.();
      return state;
    },
    async append(entries) {
      // Ids come from a sequence when the transaction starts, rows show when it commits: as in
      // PostgreSQL, an update with a lower id can appear after one with a higher id.
      const ids = entries.map(() => nextId++);
      await pause();
      entries.forEach((e, i) => {
        updates.push({ id: ids[i] ?? 0, deedId: e.deedId, update: e.update.slice() });
      });
      updates.sort((x, y) => x.id - y.id);
      return ids;
    },
    async compact(deedId, { snapshot, coveredIds, expectedGeneration }) {
      await pause();
      if ((snapshots.get(deedId)?.generation ?? 0) !== expectedGeneration) return false;
      snapshots.set(deedId, { data: snapshot.slice(), generation: expectedGeneration + 1 });
      const covered = new Set(coveredIds);
      for (let i = updates.length - 1; i >= 0; i -= 1) {
        const u = updates[i];
        if (u && u.deedId === deedId && covered.has(u.id)) updates.splice(i, 1);
      }
      return true;
    },
  };
}
