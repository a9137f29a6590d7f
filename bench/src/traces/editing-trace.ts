import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as Y from 'yjs';

/** [position, deleteCount, insertText], Array.prototype.splice semantics, in UTF-16 units here. */
export type Patch = [number, number, string];

export interface EditingTrace {
  name: string;
  startContent: string;
  endContent: string;
  txns: Array<{ time: string; patches: Patch[] }>;
}

/** The shared folder of real editing traces (josephg/editing-traces, CC BY 4.0). */
export const TRACES_DIR = new URL('../../../../shared/data/editing-traces/', import.meta.url).pathname;

export function loadTrace(file: string): EditingTrace {
  const raw = readFileSync(path.join(TRACES_DIR, file));
  const json = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const parsed = JSON.parse(json) as Omit<EditingTrace, 'name'>;
  return { name: file.replace(/\.json(\.gz)?$/, ''), ...parsed };
}

/** Consecutive runs of `size` transactions: each batch becomes one Yjs transaction, one update. */
export function batchTxns(trace: EditingTrace, size: number): Patch[][] {
  const batches: Patch[][] = [];
  for (let i = 0; i < trace.txns.length; i += size) {
    batches.push(trace.txns.slice(i, i + size).flatMap((t) => t.patches));
  }
  return batches;
}

export function applyPatches(text: Y.Text, patches: Patch[]): void {
  for (const [position, deleteCount, insert] of patches) {
    if (deleteCount > 0) text.delete(position, deleteCount);
    if (insert.length > 0) text.insert(position, insert);
  }
}
