import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChildChannel } from '../ipc/child-channel';
import type {
  MemorySnapshot,
  ParentToServer,
  ProvisionedWorld,
  ProvisionRequest,
  ServerKind,
  ServerToParent,
} from '../ipc/server-messages';
import type { DelayStats } from '../measure/event-loop-lag';

const SERVER_PROCESS = new URL('./server-process.ts', import.meta.url).pathname;

export interface ServerHandle {
  kind: ServerKind;
  pid: number;
  port: number;
  persistence: string;
  provision(request: Omit<ProvisionRequest, 'type'>): Promise<{ world: ProvisionedWorld; elapsedMs: number }>;
  /** What the server process printed (Deedroom logs warnings and errors, as JSON lines). */
  output: { lines: string[]; count: number };
  /** Memory after a full GC in the server process. */
  memory(): Promise<MemorySnapshot>;
  /** Event-loop lag of the server process since the previous call. */
  eventLoopLag(): Promise<DelayStats>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Configuration variables added to the server's defaults (Deedroom only). */
  env?: Record<string, string>;
  /** A data folder the caller owns (shared by the nodes of a cluster): kept at stop. */
  dataDir?: string;
}

/**
 * Starts one server in its own child process, on port 0 of 127.0.0.1, with a fresh data folder
 * (removed at stop) unless one is given.
 */
export async function spawnServer(kind: ServerKind, options: SpawnOptions = {}): Promise<ServerHandle> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), `bench-${kind}-`));
  const args = [kind, dataDir, ...(options.env ? [JSON.stringify(options.env)] : [])];
  const channel = new ChildChannel<ParentToServer, ServerToParent>(SERVER_PROCESS, args, {
    extraExecArgv: ['--expose-gc'],
    captureOutput: true,
  });
  const ready = await channel.next('ready', 60_000);
  return {
    kind,
    pid: channel.pid,
    port: ready.port,
    persistence: ready.persistence,
    output: channel.output,
    async provision(request) {
      channel.send({ type: 'provision', ...request });
      const { world, elapsedMs } = await channel.next('provisioned', 180_000);
      return { world, elapsedMs };
    },
    async memory() {
      channel.send({ type: 'memory' });
      return (await channel.next('memory', 30_000)).memory;
    },
    async eventLoopLag() {
      channel.send({ type: 'event-loop' });
      return (await channel.next('event-loop', 30_000)).lag;
    },
    async stop() {
      try {
        channel.send({ type: 'stop' });
        await channel.next('stopped', 20_000);
      } catch {
        // A server that does not stop in time is killed below.
      }
      await channel.exited(5_000);
      if (ownsDataDir && !process.env.BENCH_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
