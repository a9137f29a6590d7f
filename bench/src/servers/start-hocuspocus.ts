import path from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import type { BenchServer } from './bench-server';
import { HocuspocusSqliteStore } from './hocuspocus-sqlite-store';

/**
 * @hocuspocus/server 3.x with its Database extension over SQLite. Hocuspocus broadcasts each
 * update at once and stores the whole document later, debounced (2 s, at most 10 s by default).
 */
export async function startHocuspocus(dataDir: string): Promise<BenchServer> {
  const store = new HocuspocusSqliteStore(path.join(dataDir, 'hocuspocus.sqlite'));
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions: [
      new Database({
        fetch: ({ documentName }) => store.fetch(documentName),
        store: ({ documentName, state }) => store.store(documentName, state),
      }),
    ],
  });
  await server.listen();
  return {
    port: server.address.port,
    persistence:
      'Database extension -> SQLite (schema of extension-sqlite; better-sqlite3 in a worker thread, WAL, synchronous=FULL): whole document stored debounced (2 s, max 10 s), updates broadcast first',
    close: async () => {
      await server.destroy();
      await store.close();
    },
  };
}
