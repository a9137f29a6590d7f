import * as Y from 'yjs';
import { applyPatches, batchTxns, type EditingTrace, type Patch } from './editing-trace';

export interface InProcessReplay {
  /** The trace's batches applied to one Y.Doc: the physical limit (best of two runs, JIT warm). */
  localMs: number;
  /** The same, each batch's update also applied to a second Y.Doc (what any sync must do). */
  twoDocsMs: number;
  updates: number;
  updateBytes: number;
}

function replayLocal(trace: EditingTrace, batches: Patch[][]): number {
  const doc = new Y.Doc();
  const text = doc.getText('deed');
  const began = performance.now();
  for (const batch of batches) doc.transact(() => applyPatches(text, batch));
  const ms = performance.now() - began;
  if (text.toString() !== trace.endContent) throw new Error(`${trace.name}: local replay diverged`);
  doc.destroy();
  return ms;
}

function replayTwoDocs(
  trace: EditingTrace,
  batches: Patch[][],
): { ms: number; updates: number; bytes: number } {
  const writer = new Y.Doc();
  const reader = new Y.Doc();
  const text = writer.getText('deed');
  let updates = 0;
  let bytes = 0;
  writer.on('update', (update: Uint8Array) => {
    updates += 1;
    bytes += update.length;
    Y.applyUpdate(reader, update);
  });
  const began = performance.now();
  for (const batch of batches) writer.transact(() => applyPatches(text, batch));
  const ms = performance.now() - began;
  if (reader.getText('deed').toString() !== trace.endContent) {
    throw new Error(`${trace.name}: two-doc replay diverged`);
  }
  writer.destroy();
  reader.destroy();
  return { ms, updates, bytes };
}

/** The in-process references a server replay is compared with. */
export function replayInProcess(trace: EditingTrace, batchSize: number): InProcessReplay {
  const batches = batchTxns(trace, batchSize);
  const localMs = Math.min(replayLocal(trace, batches), replayLocal(trace, batches));
  const first = replayTwoDocs(trace, batches);
  const second = replayTwoDocs(trace, batches);
  return {
    localMs,
    twoDocsMs: Math.min(first.ms, second.ms),
    updates: second.updates,
    updateBytes: second.bytes,
  };
}
