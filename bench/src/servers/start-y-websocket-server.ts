import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import type { BenchServer } from './bench-server';

/**
 * The reference y-websocket server (@y/websocket-server), wired as its own bin does, with its
 * LevelDB persistence (y-leveldb) switched on through YPERSISTENCE.
 */
export async function startYWebsocketServer(dataDir: string): Promise<BenchServer> {
  // utils reads YPERSISTENCE when first imported: set it before.
  process.env.YPERSISTENCE = path.join(dataDir, 'y-leveldb');
  const utils = await import('@y/websocket-server/utils');
  const persistence = utils.getPersistence();
  const http = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('okay');
  });
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (ws, request) => utils.setupWSConnection(ws, request));
  http.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    persistence: persistence
      ? 'y-leveldb (LevelDB): every update written (no fsync) AFTER it is broadcast'
      : 'NONE: y-leveldb did not load, documents in memory only',
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
