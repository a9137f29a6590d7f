/**
 * Child process hosting ONE collaboration server, so that its CPU time and RSS can be read from
 * /proc/<pid> and the load generator never shares its event loop. Driven over IPC.
 */
import { randomBytes } from 'node:crypto';
import type {
  ParentToServer,
  ProvisionedWorld,
  ProvisionRequest,
  ServerKind,
  ServerToParent,
} from '../ipc/server-messages';
import { EventLoopLag } from '../measure/event-loop-lag';
import type { BenchServer } from './bench-server';
import { startDeedroom } from './start-deedroom';
import { startHocuspocus } from './start-hocuspocus';
import { startYWebsocketServer } from './start-y-websocket-server';

function send(message: ServerToParent): void {
  if (process.connected) process.send?.(message);
}

function start(kind: ServerKind, dataDir: string): Promise<BenchServer> {
  switch (kind) {
    case 'deedroom':
      return startDeedroom(dataDir);
    case 'hocuspocus':
      return startHocuspocus(dataDir);
    case 'y-websocket-server':
      return startYWebsocketServer(dataDir);
  }
}

/** Servers without accounts: documents exist as soon as a client names them. */
function documentNamesOnly(request: ProvisionRequest): ProvisionedWorld {
  return {
    deedIds: Array.from({ length: request.deeds }, () => randomBytes(12).toString('base64url')),
    users: [],
  };
}

async function main(): Promise<void> {
  const [kind, dataDir] = process.argv.slice(2) as [ServerKind, string];
  const server = await start(kind, dataDir);
  const lag = new EventLoopLag();
  lag.start();
  process.on('message', (message: ParentToServer) => {
    void (async () => {
      try {
        if (message.type === 'provision') {
          const began = performance.now();
          const world = server.provision ? await server.provision(message) : documentNamesOnly(message);
          send({ type: 'provisioned', world, elapsedMs: performance.now() - began });
        } else if (message.type === 'memory') {
          // Started with --expose-gc: measure what is live, not what the collector left behind.
          globalThis.gc?.();
          const { rss, heapUsed, external } = process.memoryUsage();
          send({ type: 'memory', memory: { rss, heapUsed, external } });
        } else if (message.type === 'event-loop') {
          send({ type: 'event-loop', lag: lag.read() });
        } else {
          await server.close();
          send({ type: 'stopped' });
          process.disconnect();
          process.exit(0);
        }
      } catch (err) {
        send({ type: 'failed', message: (err as Error).stack ?? String(err) });
      }
    })();
  });
  send({ type: 'ready', port: server.port, persistence: server.persistence });
}

main().catch((err: unknown) => {
  send({ type: 'failed', message: (err as Error).stack ?? String(err) });
  process.exit(1);
});
