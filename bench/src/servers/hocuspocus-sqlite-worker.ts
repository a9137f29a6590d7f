/**
 * Worker thread owning the SQLite file of the Hocuspocus server: writes happen off the server's
 * event loop, as with @hocuspocus/extension-sqlite (node-sqlite3 runs queries on libuv's pool).
 */
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import type { StoreReply, StoreRequest } from './hocuspocus-sqlite-store';

const db = new SqliteDatabase(workerData as string);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const select = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const upsert = db.prepare<[string, Uint8Array]>(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
);

parentPort?.on('message', (request: StoreRequest) => {
  let reply: StoreReply;
  try {
    if (request.op === 'fetch') {
      const row = select.get(request.name);
      reply = { id: request.id, data: row ? new Uint8Array(row.data) : null };
    } else if (request.op === 'store') {
      upsert.run(request.name, request.data);
      reply = { id: request.id, data: null };
    } else {
      db.close();
      reply = { id: request.id, data: null };
    }
  } catch (err) {
    reply = { id: request.id, data: null, error: (err as Error).message };
  }
  parentPort?.postMessage(reply);
});
