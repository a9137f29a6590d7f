import * as Y from 'yjs';
import type { CollabLogger } from '../logger';
import type { DeedUpdateLog } from '../types';
import type { Lease } from './lease';

/**
 * Longer than any compaction should take (a 32 MiB deed); a lease that lapses mid-way is harmless,
 * the compare-and-set still lets only one compaction of a generation through.
 */
const LEASE_MS = 30_000;

export type CompactionOutcome =
  | { status: 'compacted'; snapshotBytes: number; durationMs: number }
  | { status: 'lost' | 'failed'; durationMs: number }
  /** Another node holds the lease, or the log had nothing to fold: nothing ran. */
  | { status: 'skipped' };

/**
 * Folds a deed's log into a new snapshot from the STORE, never from a room's memory: the room may
 * lack updates another node committed and has not yet published. The snapshot covers exactly the
 * updates read, so an update committed meanwhile (even with a lower id) stays in the log; and the
 * write is a compare-and-set on the snapshot's generation, so a concurrent compaction that won
 * leaves this one changing nothing.
 */
export async function compactDeed(
  log: DeedUpdateLog,
  lease: Lease,
  deedId: string,
  logger: CollabLogger,
): Promise<CompactionOutcome> {
  const startedAt = performance.now();
  const elapsed = () => performance.now() - startedAt;
  let release: (() => Promise<void>) | null = null;
  try {
    release = await lease.tryAcquire(`compaction:${deedId}`, LEASE_MS);
    if (!release) return { status: 'skipped' };
    const stored = await log.load(deedId);
    if (stored.updateIds.length === 0) return { status: 'skipped' };
    logger.debug({ deedId, updates: stored.updateIds.length }, 'compaction started');
    const doc = new Y.Doc({ gc: true });
    let snapshot: Uint8Array;
    try {
      Y.transact(doc, () => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
      snapshot = Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
    const isWritten = await log.compact(deedId, {
      snapshot,
      coveredIds: stored.updateIds,
      expectedGeneration: stored.generation,
    });
    if (!isWritten) {
      logger.debug({ deedId, generation: stored.generation }, 'compaction lost to another one');
      return { status: 'lost', durationMs: elapsed() };
    }
    logger.debug({ deedId, bytes: snapshot.length }, 'compaction finished');
    return { status: 'compacted', snapshotBytes: snapshot.length, durationMs: elapsed() };
  } catch (error) {
    // The log is intact: compaction is only an optimisation and will be retried.
    logger.warn({ err: error, deedId }, 'compaction failed');
    return { status: 'failed', durationMs: elapsed() };
  } finally {
    // A lease not released lapses by itself.
    await release?.().catch((err: unknown) =>
      logger.debug({ err, deedId }, 'compaction lease release failed'),
    );
  }
}
