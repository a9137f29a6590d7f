import { cpus } from 'node:os';
import { fetchCollabTokens } from '../auth/deedroom-tokens';
import type { AssignedClient, WorkerResult } from '../ipc/worker-messages';
import { deedroomClientSpec } from '../load/client-specs';
import { startLoadWorkers } from '../load/start-load-workers';
import { summarizeWorkerResults } from '../load/summarize-worker-results';
import { nowMs, sleep } from '../measure/clock';
import { computeDeliveryStats } from '../measure/delivery-stats';
import type { DelayStats } from '../measure/event-loop-lag';
import { CpuWindow } from '../measure/process-stats';
import type { Cluster } from './cluster';
import { type PostgresCounters, postgresDelta, readPostgresCounters, updateLogRows } from './postgres-admin';
import { type RedisCounters, readRedisCounters, redisDelta } from './redis-admin';
import { type ScaleStep, type ScaleWorkload, SUSTAINED_ACKED_SHARE, SUSTAINED_P99_MS } from './scale-plan';
import type { ConfigResult, StepCpu, StepResult } from './scale-report';
import { KernelCpuWindow, pidsNamed, ServiceCpuWindow } from './service-cpu';

/** Below this share of the planned rate, the load generator itself could not keep up. */
const TYPED_SHARE = 0.9;
/** The connected, quiet window before the run. */
const IDLE_STEP: ScaleStep = {
  id: 'idle',
  keystrokesPerSecond: 0,
  durationMs: 0,
  settleMs: 0,
  isFixedLoad: false,
};
const IDLE_SETTLE_MS = 500;
/** After the last step, how long the clients wait for updates still in flight. */
const MAX_DRAIN_MS = 15_000;
/** Deliveries that never arrived above this share make a step unsustained. */
const MISSING_SHARE = 0.001;

interface StepWindow {
  step: ScaleStep;
  begin: number;
  from: number;
  to: number;
}

interface StepSamples {
  cpu: Omit<StepCpu, 'others'>;
  nodeEventLoopLag: DelayStats[];
  postgres: PostgresCounters | null;
  redis: RedisCounters | null;
}

type RunOutcome = Omit<ConfigResult, 'config' | 'stores' | 'persistence' | 'database' | 'timings'> & {
  timings: Omit<ConfigResult['timings'], 'startMs'>;
};

/**
 * Client g (deed d, client c: g = d * clientsPerDeed + c) connects to node g mod N, so half the
 * clients are on each of two nodes and every deed of 5 clients has clients on both. Worker w
 * serves node w mod N only, which tells, for every arrival, whether it crossed nodes.
 */
function assignClients(
  cluster: Cluster,
  deedIds: string[],
  tokens: string[][],
  workload: ScaleWorkload,
): AssignedClient[][] {
  const nodeCount = cluster.nodes.length;
  const assignments: AssignedClient[][] = Array.from({ length: workload.workers }, () => []);
  const workersOf = cluster.nodes.map((_, n) =>
    assignments.map((_, w) => w).filter((w) => w % nodeCount === n),
  );
  const next = cluster.nodes.map(() => 0);
  deedIds.forEach((deedId, d) => {
    for (let c = 0; c < workload.clientsPerDeed; c++) {
      const n = (d * workload.clientsPerDeed + c) % nodeCount;
      const own = workersOf[n] ?? [];
      const turn = next[n] ?? 0;
      next[n] = turn + 1;
      const w = own[turn % own.length] ?? 0;
      const port = cluster.nodes[n]?.port ?? 0;
      assignments[w]?.push({
        spec: deedroomClientSpec(port, deedId, tokens[d]?.[c] ?? ''),
        deedIndex: d,
        clientIndex: c,
      });
    }
  });
  return assignments;
}

/**
 * CPU, event-loop lag and PostgreSQL/Redis counters over one step's measured window. The window
 * is kept by the clock alone: the slow answers (a node's lag over IPC, psql, redis-cli) are
 * awaited after it, so that a saturated node cannot shift the next step's window.
 */
function measureWindow(cluster: Cluster, workerPids: number[], window: StepWindow): Promise<StepSamples> {
  const database = cluster.database?.name;
  const usesRedis = cluster.config.bus === 'redis';
  return (async () => {
    await sleep(window.from - nowMs());
    const lagsRestarted = Promise.all(cluster.nodes.map((node) => node.eventLoopLag()));
    const pgBefore = database ? readPostgresCounters(database).catch(() => null) : null;
    const redisBefore = usesRedis ? readRedisCounters().catch(() => null) : null;
    const redisPid = (await redisBefore)?.pid;
    const pids = [...cluster.nodes.map((n) => n.pid), ...workerPids, process.pid];
    if (redisPid) pids.push(redisPid);
    const cpu = new CpuWindow();
    cpu.begin(pids);
    const kernel = new KernelCpuWindow();
    kernel.begin();
    const postgresCpu = database ? new ServiceCpuWindow(() => pidsNamed('postgres')) : undefined;
    postgresCpu?.begin();
    await sleep(window.to - nowMs());
    const used = cpu.end();
    const interrupts = kernel.end();
    const postgresUsed = postgresCpu?.end();
    const lags = Promise.all(cluster.nodes.map((node) => node.eventLoopLag()));
    const pgAfter = database ? readPostgresCounters(database).catch(() => null) : null;
    const redisAfter = usesRedis ? readRedisCounters().catch(() => null) : null;
    await lagsRestarted;
    const [pg0, pg1, redis0, redis1] = await Promise.all([pgBefore, pgAfter, redisBefore, redisAfter]);
    return {
      cpu: {
        nodes: cluster.nodes.map((n) => used.perPid.get(n.pid) ?? 0),
        loadWorkers: workerPids.map((pid) => used.perPid.get(pid) ?? 0),
        benchMain: used.perPid.get(process.pid) ?? 0,
        postgres: postgresUsed?.percent ?? null,
        redis: redisPid ? (used.perPid.get(redisPid) ?? 0) : null,
        interrupts,
        machineBusy: used.machineBusyPercent,
      },
      nodeEventLoopLag: await lags,
      postgres: pg0 && pg1 ? postgresDelta(pg0, pg1) : null,
      redis: redis0 && redis1 ? redisDelta(redis0, redis1) : null,
    };
  })();
}

/** CPU of the machine not accounted for by any process measured, % of one core. */
function othersOf(cpu: Omit<StepCpu, 'others'>): number {
  const measured = [
    ...cpu.nodes,
    ...cpu.loadWorkers,
    cpu.benchMain,
    cpu.postgres ?? 0,
    cpu.redis ?? 0,
    cpu.interrupts,
  ].reduce((sum, p) => sum + p, 0);
  return Math.max(0, cpu.machineBusy * cpus().length - measured);
}

function shortfallsOf(result: Omit<StepResult, 'sustained' | 'shortfalls'>): string[] {
  const shortfalls: string[] = [];
  const { delivery } = result;
  if (result.typedPerSecond < TYPED_SHARE * result.offeredPerSecond) {
    shortfalls.push(
      `clients typed ${result.typedPerSecond.toFixed(0)}/s of ${result.offeredPerSecond.toFixed(0)}/s planned (load generator starved of CPU)`,
    );
  }
  if (!(delivery.perDelivery.p99Ms <= SUSTAINED_P99_MS)) {
    shortfalls.push(`p99 ${delivery.perDelivery.p99Ms.toFixed(0)} ms > ${SUSTAINED_P99_MS} ms`);
  }
  if (result.ackedPerSecond < SUSTAINED_ACKED_SHARE * result.typedPerSecond) {
    shortfalls.push(
      `only ${result.ackedPerSecond.toFixed(0)}/s of ${result.typedPerSecond.toFixed(0)}/s typed reached every peer (delivery fell behind)`,
    );
  }
  if (delivery.missingDeliveries > MISSING_SHARE * delivery.expectedDeliveries) {
    shortfalls.push(
      `${delivery.missingDeliveries} of ${delivery.expectedDeliveries} deliveries never arrived`,
    );
  }
  return shortfalls;
}

/**
 * Drives one workload through a running cluster: provisions the deeds through node 1, fetches
 * collaboration tokens over HTTP as browsers do, connects every client to its node, then types
 * one continuous run whose rate climbs step by step, and measures each step.
 */
export async function runScaleLoad(
  cluster: Cluster,
  workload: ScaleWorkload,
  log: (message: string) => void,
): Promise<RunOutcome> {
  const [first] = cluster.nodes;
  if (!first) throw new Error('a cluster needs a node');
  if (workload.workers < cluster.nodes.length) throw new Error('at least one load worker per node');
  const { id } = cluster.config;
  const { world, elapsedMs: provisionMs } = await first.provision({
    deeds: workload.deeds,
    users: workload.clientsPerDeed,
  });
  const tokensBegan = nowMs();
  const tokens = await fetchCollabTokens(`http://127.0.0.1:${first.port}`, world, workload.clientsPerDeed);
  const tokensMs = nowMs() - tokensBegan;
  log(
    `${id}: ${world.deedIds.length} deeds provisioned in ${(provisionMs / 1000).toFixed(1)} s, tokens in ${(tokensMs / 1000).toFixed(1)} s`,
  );
  const assignments = assignClients(cluster, world.deedIds, tokens, workload);
  const workerNode = (w: number) => w % cluster.nodes.length;
  const [firstStep] = workload.steps;
  if (!firstStep) throw new Error('a workload needs a step');

  const { workers, connecting } = startLoadWorkers(assignments, firstStep.keystrokesPerSecond);
  try {
    const { connected, connectMs } = await connecting;
    const perNode = cluster.nodes.map((_, n) =>
      connected.filter((_, w) => workerNode(w) === n).reduce((sum, c) => sum + c.clients, 0),
    );
    log(`${id}: ${perNode.join(' + ')} clients connected in ${(connectMs / 1000).toFixed(1)} s`);

    // Connected and quiet: what the processes burn before anyone types (pings, timers, jobs).
    const idleFrom = nowMs() + IDLE_SETTLE_MS;
    const idle = await measureWindow(
      cluster,
      workers.map((w) => w.pid),
      { step: IDLE_STEP, begin: idleFrom, from: idleFrom, to: idleFrom + workload.idleMs },
    );

    const startAt = nowMs() + 500;
    let t = startAt;
    const windows: StepWindow[] = workload.steps.map((step) => {
      const window = { step, begin: t, from: t + step.settleMs, to: t + step.durationMs };
      t += step.durationMs;
      return window;
    });
    const stopAt = t;
    for (const worker of workers) {
      worker.send({
        type: 'start',
        startAt,
        stopAt,
        rateSteps: windows.map((w) => ({ at: w.begin, keystrokesPerSecond: w.step.keystrokesPerSecond })),
        quietMs: 1_000,
        maxDrainMs: MAX_DRAIN_MS,
      });
    }
    // Every window is started on time, whatever the previous one is still waiting for.
    const sampled: Array<Promise<StepSamples>> = [];
    for (const window of windows) {
      sampled.push(
        measureWindow(
          cluster,
          workers.map((w) => w.pid),
          window,
        ),
      );
      await sleep(window.to - nowMs());
      log(`${id}: step ${window.step.id} done`);
    }
    const samples = await Promise.all(sampled);
    const results: WorkerResult[] = await Promise.all(
      workers.map((w) => w.next('result', stopAt - nowMs() + MAX_DRAIN_MS + 60_000)),
    );

    log(`${id}: clients drained and reported`);

    // Who is where: each worker's clients are on that worker's node.
    const sends = results.flatMap((r) => r.sends);
    const nodeOf = new Map<number, number>();
    results.forEach((r, w) => {
      for (const s of r.sends) nodeOf.set(s.clientId, workerNode(w));
    });
    const onNodes = new Map<number, number[]>(); // deed -> clients per node
    for (const s of sends) {
      const counts = onNodes.get(s.deedIndex) ?? cluster.nodes.map(() => 0);
      const n = nodeOf.get(s.clientId) ?? 0;
      counts[n] = (counts[n] ?? 0) + 1;
      onNodes.set(s.deedIndex, counts);
    }
    const peersOf = new Map<number, number>();
    const crossPeersOf = new Map<number, number>();
    for (const s of sends) {
      const counts = onNodes.get(s.deedIndex) ?? [];
      const total = counts.reduce((sum, c) => sum + c, 0);
      peersOf.set(s.clientId, total - 1);
      crossPeersOf.set(s.clientId, total - (counts[nodeOf.get(s.clientId) ?? 0] ?? 0));
    }
    const arrivals = results.map((r) => r.arrivals);
    const crossesNodes = (sender: number, setIndex: number) => nodeOf.get(sender) !== workerNode(setIndex);
    const clientCount = sends.length;

    const steps: StepResult[] = windows.map((window, i) => {
      const sample = samples[i] as StepSamples;
      const range = { from: window.from, to: window.to };
      const seconds = (window.to - window.from) / 1000;
      const delivery = computeDeliveryStats(sends, arrivals, peersOf, range);
      const crossNode =
        cluster.nodes.length > 1
          ? computeDeliveryStats(sends, arrivals, crossPeersOf, range, crossesNodes)
          : null;

      const partial = {
        step: window.step,
        seconds,
        offeredPerSecond: clientCount * window.step.keystrokesPerSecond,
        typedPerSecond: delivery.keystrokesPerSecond,
        ackedPerSecond: delivery.toAllPeers.samples / seconds,
        delivery,
        crossNode,
        cpu: { ...sample.cpu, others: othersOf(sample.cpu) },
        nodeEventLoopLag: sample.nodeEventLoopLag,
        postgres: sample.postgres,
        redis: sample.redis,
      };
      const shortfalls = shortfallsOf(partial);
      return { ...partial, sustained: shortfalls.length === 0, shortfalls };
    });

    // On a shared machine a low step can fail to a neighbour's burst while a higher one passes:
    // the highest sustained step counts, and the first failure is reported beside it.
    const sustained = steps.filter((s) => s.sustained);
    const maxSustained = sustained.length > 0 ? Math.max(...sustained.map((s) => s.ackedPerSecond)) : null;
    const failed = steps.find((s) => !s.sustained);

    const { convergence, unexpectedCloses } = summarizeWorkerResults(results);
    return {
      idle: {
        seconds: workload.idleMs / 1000,
        cpu: { ...idle.cpu, others: othersOf(idle.cpu) },
        postgres: idle.postgres,
        redis: idle.redis,
      },
      clients: {
        planned: workload.deeds * workload.clientsPerDeed,
        connected: connected.reduce((sum, c) => sum + c.clients, 0),
        perNode,
        failures: connected.flatMap((c) => c.failures).slice(0, 20),
      },
      timings: { provisionMs, tokensMs, connectMs },
      steps,
      maxSustainedPerSecond: maxSustained,
      firstUnsustained: failed ? { step: failed.step.id, shortfalls: failed.shortfalls } : null,
      updateLog: cluster.database ? ((await updateLogRows(cluster.database.name)) ?? null) : null,
      convergence,
      unexpectedCloses,
      loadWorkerEventLoopDelay: results.map((r) => r.eventLoopDelay),
      errors: results.flatMap((r) => r.errors).slice(0, 20),
      serverOutput: cluster.nodes.map((n) => n.output),
    };
  } finally {
    await Promise.all(workers.map((w) => w.exited(10_000)));
  }
}
