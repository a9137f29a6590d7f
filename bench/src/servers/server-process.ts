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

function send(message: ServerToParent): void {
  if (process.connected) process.send?.(message);
}

/** Each server is imported only when asked for: a Deedroom-only run needs no other server's packages. */
async function start(kind: ServerKind, dataDir: string, env: Record<string, string>): Promise<BenchServer> {
  switch (kind) {
    case 'deedroom':
      return (await import('./start-deedroom')).startDeedroom(dataDir, env);
    case 'hocuspocus':
      return (await import('./start-hocuspocus')).startHocuspocus(dataDir);
    case 'y-websocket-server':
      return (await import('./start-y-websocket-server')).startYWebsocketServer(dataDir);
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
  const [kind, dataDir, envJson] = process.argv.slice(2) as [ServerKind, string, string | undefined];
  const env = envJson ? (JSON.parse(envJson) as Record<string, string>) : {};
  const server = await start(kind, dataDir, env);
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
