import type { WorkerResult } from '../ipc/worker-messages';

/**
 * What the load workers saw at the end, merged: how many deeds every client left with the same
 * text, and the unexpected socket closes by code.
 */
export function summarizeWorkerResults(results: WorkerResult[]): {
  convergence: { deeds: number; converged: number };
  unexpectedCloses: Record<string, number>;
} {
  const hashes = new Map<number, Set<string>>();
  for (const digest of results.flatMap((r) => r.digests)) {
    const set = hashes.get(digest.deedIndex) ?? new Set<string>();
    set.add(digest.hash);
    hashes.set(digest.deedIndex, set);
  }
  const unexpectedCloses: Record<string, number> = {};
  for (const r of results) {
    for (const [key, count] of Object.entries(r.unexpectedCloses)) {
      unexpectedCloses[key] = (unexpectedCloses[key] ?? 0) + count;
    }
  }
  return {
    convergence: {
      deeds: hashes.size,
      converged: [...hashes.values()].filter((set) => set.size === 1).length,
    },
    unexpectedCloses,
  };
}
