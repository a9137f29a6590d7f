import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../ipc/start-ts-worker';

type StoreCommand =
  | { op: 'fetch'; name: string }
  | { op: 'store'; name: string; data: Uint8Array }
  | { op: 'close' };

export type StoreRequest = StoreCommand & { id: number };

export interface StoreReply {
  id: number;
  data: Uint8Array | null;
  error?: string;
}

/**
 * The store behind Hocuspocus's Database extension, with the schema and upsert of
 * @hocuspocus/extension-sqlite (one row per document holding its whole encoded state), over
 * better-sqlite3 in a worker thread, with Deedroom's durability settings (WAL, synchronous=FULL).
 */
export class HocuspocusSqliteStore {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (data: Uint8Array | null) => void; reject: (e: Error) => void }
  >();

  constructor(file: string) {
    this.worker = startTsWorker(new URL('./hocuspocus-sqlite-worker.ts', import.meta.url), file);
    this.worker.on('message', (reply: StoreReply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.data);
    });
    this.worker.on('error', (err) => {
      for (const waiter of this.pending.values()) waiter.reject(err);
      this.pending.clear();
    });
  }

  fetch(name: string): Promise<Uint8Array | null> {
    return this.call({ op: 'fetch', name });
  }

  async store(name: string, data: Uint8Array): Promise<void> {
    await this.call({ op: 'store', name, data });
  }

  async close(): Promise<void> {
    await this.call({ op: 'close' });
    await this.worker.terminate();
  }

  private call(command: StoreCommand): Promise<Uint8Array | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...command, id });
    });
  }
}
