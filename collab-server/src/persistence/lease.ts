/**
 * Who may do a piece of work right now, one holder per key across the nodes: compacting a deed
 * (`compaction:<deedId>`; correctness does not rest on it, compaction being a compare-and-set on
 * the snapshot's generation, but it saves the duplicate load and merge), or running a periodic
 * job (`job:<name>`). A lease lapses after its TTL even if its holder died.
 */
export interface Lease {
  /** The release function when this caller holds `key` for `ttlMs`, else null. */
  tryAcquire(key: string, ttlMs: number): Promise<(() => Promise<void>) | null>;
}

/** The lease within one process (the default, for a single node). */
export function createInProcessLease(): Lease {
  const held = new Map<string, { holder: symbol; expiresAt: number }>();
  return {
    async tryAcquire(key, ttlMs) {
      const current = held.get(key);
      if (current && current.expiresAt > Date.now()) return null;
      const holder = Symbol(key);
      held.set(key, { holder, expiresAt: Date.now() + ttlMs });
      return async () => {
        if (held.get(key)?.holder === holder) held.delete(key);
      };
    },
  };
}
