/**
 * Who may compact a deed right now: only one node at a time does the work. Correctness does not
 * rest on it (compaction is a compare-and-set on the snapshot's generation); it saves the
 * duplicate load and merge when several nodes reach their threshold together.
 */
export interface CompactionLease {
  /** The release function when this caller holds the deed's lease for `ttlMs`, else null. */
  tryAcquire(deedId: string, ttlMs: number): Promise<(() => Promise<void>) | null>;
}

/** The lease within one process (the default, for a single node). */
export function createInProcessCompactionLease(): CompactionLease {
  const held = new Map<string, { holder: symbol; expiresAt: number }>();
  return {
    async tryAcquire(deedId, ttlMs) {
      const current = held.get(deedId);
      if (current && current.expiresAt > Date.now()) return null;
      const holder = Symbol(deedId);
      held.set(deedId, { holder, expiresAt: Date.now() + ttlMs });
      return async () => {
        if (held.get(deedId)?.holder === holder) held.delete(deedId);
      };
    },
  };
}
