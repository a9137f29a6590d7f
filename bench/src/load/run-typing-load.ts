import { cpus } from 'node:os';
import type { AssignedClient, WorkerResult } from '../ipc/worker-messages';
import { nowMs, sleep } from '../measure/clock';
import { computeDeliveryStats, type DeliveryStats } from '../measure/delivery-stats';
import type { DelayStats } from '../measure/event-loop-lag';
import { CpuWindow, RssSampler } from '../measure/process-stats';
import type { ServerHandle } from '../servers/spawn-server';
import { buildClientSpecs } from './client-specs';
import type { LoadSpec } from './load-plan';
import { startLoadWorkers } from './start-load-workers';
import { summarizeWorkerResults } from './summarize-worker-results';

const MB = 1024 * 1024;
const MIN_DEEDS_FOR_PER_DEED = 10;

export interface LoadResult {
  server: string;
  load: string;
  description: string;
  clients: { planned: number; connected: number; failures: string[]; connectMs: number };
  delivery: DeliveryStats;
  cpu: {
    serverPercent: number;
    workerPercents: number[];
    benchMainPercent: number;
    machineBusyPercent: number;
    /** CPU used by processes outside the benchmark during the window, % of one core. */
    otherProcessesPercent: number;
  };
  workerEventLoopDelay: DelayStats[];
  /** Event-loop lag of the server process over the window: how long it left sockets unread. */
  serverEventLoopLag: DelayStats;
  /** Server memory after a full GC (before clients, once connected, at the end of the window). */
  rss: {
    baselineMb: number;
    connectedMb: number;
    endMb: number;
    /** Highest RSS read from /proc during the window (no GC forced). */
    peakMb: number;
    /**
     * RSS delta / deeds; RSS rarely shrinks, so small documents hide in its noise. Null (NaN) for
     * loads with fewer than MIN_DEEDS_FOR_PER_DEED deeds, where it would be noise over one deed.
     */
    mbPerDeed: number;
    /** (V8 heap + external buffers) delta after GC / deeds: the live memory a loaded deed costs. */
    liveKbPerDeed: number;
  };
  convergence: { deeds: number; converged: number };
  unexpectedCloses: Record<string, number>;
  errors: string[];
  provisionMs: number;
}

/** Runs one typing workload against one (freshly started) server and measures it. */
export async function runTypingLoad(server: ServerHandle, load: LoadSpec): Promise<LoadResult> {
  const { world, elapsedMs: provisionMs } = await server.provision({
    deeds: load.deeds,
    users: load.clientsPerDeed,
  });
  const specs = await buildClientSpecs(server, world, load.clientsPerDeed);
  const assignments: AssignedClient[][] = Array.from({ length: load.workers }, () => []);
  let i = 0;
  specs.forEach((deedSpecs, deedIndex) => {
    deedSpecs.forEach((spec, clientIndex) => {
      assignments[i++ % load.workers]?.push({ spec, deedIndex, clientIndex });
    });
  });

  await sleep(1_000);
  const baseline = await server.memory();
  const { workers, connecting } = startLoadWorkers(assignments, load.keystrokesPerSecond);
  try {
    const { connected, connectMs } = await connecting;
    const connectedMemory = await server.memory();

    const startAt = nowMs() + 500;
    const window = { from: startAt + load.warmupMs, to: startAt + load.warmupMs + load.measureMs };
    for (const w of workers) {
      w.send({ type: 'start', startAt, stopAt: window.to, quietMs: 1_000, maxDrainMs: 10_000 });
    }
    await sleep(window.from - nowMs());
    await server.eventLoopLag(); // restarts the server's lag histogram
    const cpu = new CpuWindow();
    cpu.begin([server.pid, process.pid, ...workers.map((w) => w.pid)]);
    const rss = new RssSampler(server.pid);
    rss.start(500);
    await sleep(window.to - nowMs());
    const cpuUse = cpu.end();
    rss.stop();
    const serverEventLoopLag = await server.eventLoopLag();
    const endMemory = await server.memory();

    const results: WorkerResult[] = await Promise.all(
      workers.map((w) => w.next('result', load.measureMs + 60_000)),
    );
    const sends = results.flatMap((r) => r.sends);
    const clientsPerDeed = new Map<number, number>();
    for (const s of sends) clientsPerDeed.set(s.deedIndex, (clientsPerDeed.get(s.deedIndex) ?? 0) + 1);
    const peersOf = new Map(sends.map((s) => [s.clientId, (clientsPerDeed.get(s.deedIndex) ?? 1) - 1]));
    const delivery = computeDeliveryStats(
      sends,
      results.map((r) => r.arrivals),
      peersOf,
      window,
    );

    const { convergence, unexpectedCloses } = summarizeWorkerResults(results);

    return {
      server: server.kind,
      load: load.id,
      description: load.description,
      clients: {
        planned: load.deeds * load.clientsPerDeed,
        connected: connected.reduce((sum, c) => sum + c.clients, 0),
        failures: connected.flatMap((c) => c.failures).slice(0, 20),
        connectMs,
      },
      delivery,
      cpu: {
        serverPercent: cpuUse.perPid.get(server.pid) ?? 0,
        workerPercents: workers.map((w) => cpuUse.perPid.get(w.pid) ?? 0),
        benchMainPercent: cpuUse.perPid.get(process.pid) ?? 0,
        machineBusyPercent: cpuUse.machineBusyPercent,
        otherProcessesPercent: Math.max(
          0,
          cpuUse.machineBusyPercent * cpus().length -
            [...cpuUse.perPid.values()].reduce((sum, percent) => sum + percent, 0),
        ),
      },
      workerEventLoopDelay: results.map((r) => r.eventLoopDelay),
      serverEventLoopLag,
      rss: {
        baselineMb: baseline.rss / MB,
        connectedMb: connectedMemory.rss / MB,
        endMb: endMemory.rss / MB,
        peakMb: rss.peakBytes / MB,
        mbPerDeed:
          load.deeds >= MIN_DEEDS_FOR_PER_DEED
            ? (endMemory.rss - baseline.rss) / MB / load.deeds
            : Number.NaN,
        liveKbPerDeed:
          (endMemory.heapUsed + endMemory.external - baseline.heapUsed - baseline.external) /
          1024 /
          load.deeds,
      },
      convergence,
      unexpectedCloses,
      errors: results.flatMap((r) => r.errors).slice(0, 20),
      provisionMs,
    };
  } finally {
    await Promise.all(workers.map((w) => w.exited(10_000)));
  }
}
