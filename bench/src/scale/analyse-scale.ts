import { cpus } from 'node:os';
import type { ConfigResult, StepResult } from './scale-report';

/**
 * What one update costs each part of a configuration in one step: CPU above the idle baseline
 * (every client connected, nobody typing), PostgreSQL's and Redis's work.
 */
export interface UpdateCosts {
  config: string;
  label: string;
  nodes: number;
  step: string;
  /** Updates typed per second in the window (what the costs are divided by). */
  updatesPerSecond: number;
  /** CPU of all nodes together above their idle CPU, microseconds per update. */
  nodeMicros: number;
  /** CPU of all nodes together with nobody typing, % of one core. */
  nodeIdlePercent: number;
  postgresMicros: number | null;
  redisMicros: number | null;
  loadGeneratorMicros: number;
  walBytes: number | null;
  updatesPerCommit: number | null;
  /** Wall time between two commits of one node's group committer (one append in flight per node). */
  commitIntervalMs: number | null;
  rowsInserted: number | null;
  rowsUpdated: number | null;
  publishes: number | null;
  redisInBytes: number | null;
  redisOutBytes: number | null;
  /** Redis's own time inside PUBLISH per call (its fan-out to subscriber buffers included). */
  publishCommandMicros: number | null;
}

export function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

export function fixedStep(result: ConfigResult): StepResult | undefined {
  return result.steps.find((s) => s.step.isFixedLoad) ?? result.steps[0];
}

/**
 * The step the model reads costs from: the highest sustained rate (per-update costs fall as
 * batches grow with the rate, so a light load's costs overstate a busy node's), or the fixed
 * load when nothing was sustained.
 */
export function referenceStep(result: ConfigResult): StepResult | undefined {
  const sustained = result.steps.filter((s) => s.sustained);
  if (sustained.length === 0) return fixedStep(result);
  return sustained.reduce((best, s) => (s.ackedPerSecond > best.ackedPerSecond ? s : best));
}

function perUpdate(value: number | undefined, updates: number): number | null {
  return value === undefined || updates <= 0 ? null : value / updates;
}

/** Costs per update in one step (by default the fixed load, which every configuration carries alike). */
export function updateCosts(result: ConfigResult, step = fixedStep(result)): UpdateCosts | undefined {
  if (!step) return undefined;
  const rate = step.typedPerSecond;
  const updates = rate * step.seconds;
  const idle = result.idle.cpu;
  const micros = (percent: number, idlePercent: number) =>
    rate > 0 ? ((Math.max(0, percent - idlePercent) / 100) * 1e6) / rate : Number.NaN;
  const commits = step.postgres?.commits;
  return {
    config: result.config.id,
    label: result.config.label,
    nodes: result.config.nodes,
    step: step.step.id,
    updatesPerSecond: rate,
    nodeMicros: micros(sum(step.cpu.nodes), sum(idle.nodes)),
    nodeIdlePercent: sum(idle.nodes),
    postgresMicros: step.cpu.postgres === null ? null : micros(step.cpu.postgres, idle.postgres ?? 0),
    redisMicros: step.cpu.redis === null ? null : micros(step.cpu.redis, idle.redis ?? 0),
    loadGeneratorMicros: micros(sum(step.cpu.loadWorkers), sum(idle.loadWorkers)),
    walBytes: perUpdate(step.postgres?.walBytes, updates),
    updatesPerCommit: commits ? updates / commits : null,
    commitIntervalMs: commits ? (step.seconds * 1000 * result.config.nodes) / commits : null,
    rowsInserted: perUpdate(step.postgres?.rowsInserted, updates),
    rowsUpdated: perUpdate(step.postgres?.rowsUpdated, updates),
    publishes: perUpdate(step.redis?.publishes, updates),
    redisInBytes: perUpdate(step.redis?.inputBytes, updates),
    redisOutBytes: perUpdate(step.redis?.outputBytes, updates),
    publishCommandMicros:
      step.redis && step.redis.publishes > 0 ? step.redis.publishMicros / step.redis.publishes : null,
  };
}

function n0(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '-'
    : Math.round(value).toLocaleString('en-US');
}

function n1(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(1);
}

/** Rounds an estimate down to two significant figures. */
function about(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return '-';
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return (Math.floor(value / magnitude) * magnitude).toLocaleString('en-US');
}

/** Where the CPU went in the first step that was not sustained (or the last step). */
export function limitOf(result: ConfigResult): string {
  const failed = result.steps.find((s) => !s.sustained);
  const step = failed ?? result.steps.at(-1);
  if (!step) return `${result.config.label}: no step measured`;
  const c = step.cpu;
  const lag = step.nodeEventLoopLag.map((l) => l.p99Ms.toFixed(0)).join(' / ');
  const parts = [
    `node${c.nodes.length > 1 ? 's' : ''} ${c.nodes.map((p) => p.toFixed(0)).join(' + ')}% (event loop late by up to ${lag} ms, p99)`,
    c.postgres === null ? undefined : `PostgreSQL ${c.postgres.toFixed(0)}%`,
    c.redis === null ? undefined : `Redis ${c.redis.toFixed(0)}%`,
    `load generator ${sum(c.loadWorkers).toFixed(0)}%`,
    `kernel interrupts ${c.interrupts.toFixed(0)}%`,
    c.others >= 5 ? `other processes ${c.others.toFixed(0)}%` : undefined,
  ].filter(Boolean);
  const head = failed
    ? `${result.config.label}: at ${failed.step.id} per client (${n0(failed.offeredPerSecond)} updates/s offered) ${failed.shortfalls.join('; ')}`
    : `${result.config.label}: every step sustained, up to ${n0(step.ackedPerSecond)} updates/s (the ramp's top, not the limit)`;
  return `${head}; machine ${c.machineBusy.toFixed(0)}% busy of ${cpus().length} cores: ${parts.join(', ')} (% of one core)`;
}

function nodesBefore(capacity: number, perNode: number): string {
  const n = Math.max(1, Math.floor(capacity / perNode));
  return `${n} node${n > 1 ? 's' : ''}`;
}

/** % of one core a node may use and keep its p99 low. */
const NODE_HEADROOM_PERCENT = 65;
/** Commits further apart than this mean the commit path, not CPU, paces the updates. */
const SLOW_COMMIT_MS = 50;

/**
 * The written model, from this run's figures: what one update costs each part, what that makes
 * one node, PostgreSQL and Redis able to carry, and what saturates first.
 */
export function scalingModel(results: ConfigResult[]): string[] {
  const costsOf = (id: string) => {
    const result = results.find((r) => r.config.id === id);
    return result ? updateCosts(result, referenceStep(result)) : undefined;
  };
  const sqlite = costsOf('1-sqlite');
  const pg = costsOf('1-postgres');
  const cluster = costsOf('2-postgres-redis');
  const cores = cpus().length;
  const lines: string[] = [];

  lines.push(
    `Every process of a configuration shares this machine's ${cores} cores: the node(s), PostgreSQL, Redis and the load ` +
      'generator, whose simulated clients decode every update they receive (about as much work per update as a node). ' +
      'A second node adds a process, not a core: the 2-node figures measure the overhead of scaling out (the bus, a second ' +
      'copy of every deed), not its capacity.',
  );
  for (const result of results) lines.push(`Limit seen: ${limitOf(result)}.`);

  const nodeLine = (c: UpdateCosts) =>
    `${c.label}: ${n0(c.nodeMicros)} µs of node CPU per update above an idle ${n0(c.nodeIdlePercent)}% (at ${n0(c.updatesPerSecond)} updates/s), ` +
    `about ${about(((NODE_HEADROOM_PERCENT - c.nodeIdlePercent) / 100) * (1e6 / c.nodeMicros))} updates/s per node at ${NODE_HEADROOM_PERCENT}% of its core`;
  const singles = [sqlite, pg].filter((c): c is UpdateCosts => c !== undefined);
  if (singles.length > 0) {
    lines.push(
      'Per-node capacity: a node does its collaboration work on one event loop, one core whatever the machine has; ' +
        `${singles.map(nodeLine).join('; ')}. Beyond that, add nodes: one per core or per machine.`,
    );
  }
  if (cluster && pg) {
    const extra = cluster.nodeMicros - pg.nodeMicros;
    lines.push(
      `Scale-out overhead: with every deed's clients on both nodes, the two nodes together spend ${n0(cluster.nodeMicros)} µs per update ` +
        `(at ${n0(cluster.updatesPerSecond)} updates/s) against ${n0(pg.nodeMicros)} µs for one node: ${n0(extra)} µs more, for publishing to Redis, ` +
        "reading it back and applying the update to the other node's copy of the deed before sending it to that node's clients. " +
        'A deed whose clients all reach one node (routing by deed) pays only the publish; a deed spread over k nodes is applied k times.',
    );
  }
  const pgCosts = cluster ?? pg;
  if (pgCosts && pgCosts.postgresMicros !== null) {
    const pgCapacity = 1e6 / pgCosts.postgresMicros;
    lines.push(
      `PostgreSQL per update (${pgCosts.label}, ${n0(pgCosts.updatesPerSecond)} updates/s): ${n1(pgCosts.rowsInserted)} row inserted and ` +
        `${n1(pgCosts.rowsUpdated)} updated (the update-log row; the per-author edit activity), in group-committed transactions of ` +
        `${n1(pgCosts.updatesPerCommit)} updates, one every ${n0(pgCosts.commitIntervalMs)} ms per node; ${n0(pgCosts.walBytes)} bytes of WAL ` +
        `and ${n0(pgCosts.postgresMicros)} µs of PostgreSQL CPU. One PostgreSQL core would carry about ${about(pgCapacity)} updates/s ` +
        `(${n1(((pgCosts.walBytes ?? 0) * pgCapacity) / 1e6)} MB/s of WAL, one fsync per batch). Every node writes to this one primary.`,
    );
  }
  for (const result of results) {
    const fixed = fixedStep(result);
    const costs = updateCosts(result);
    if (!fixed || !costs?.commitIntervalMs || costs.commitIntervalMs <= SLOW_COMMIT_MS) continue;
    lines.push(
      `${result.config.label}: at the fixed load each node committed every ${n0(costs.commitIntervalMs)} ms (${n0(costs.updatesPerCommit)} updates per transaction) ` +
        `with its own CPU at ${fixed.cpu.nodes.map((p) => p.toFixed(0)).join(' + ')}% and PostgreSQL's at ${n0(fixed.cpu.postgres)}%: ` +
        'the append transaction, one at a time per node, takes longer the more updates (and deeds and authors) it carries, so the next batch is bigger still; ' +
        `latency (p50 ${n0(fixed.delivery.perDelivery.p50Ms)} ms) is set by that commit path before CPU runs out.`,
    );
  }
  if (cluster && cluster.redisMicros !== null) {
    lines.push(
      `Redis per update: ${n1(cluster.publishes)} PUBLISH of ${n0(cluster.redisInBytes)} bytes (update frame and channel), delivered to each ` +
        `node subscribed to the deed, the publisher's own echo included: ${n0(cluster.redisOutBytes)} bytes out with 2 nodes, about N times the frame with N nodes; ` +
        `${n1(cluster.publishCommandMicros)} µs inside PUBLISH, ${n0(cluster.redisMicros)} µs of Redis CPU per update with its network I/O. ` +
        `Redis runs commands on one thread: about ${about(1e6 / cluster.redisMicros)} updates/s with 2 nodes, fewer as N grows.`,
    );
  }
  const nodeCost = cluster ? cluster.nodeMicros / cluster.nodes : (pg ?? sqlite)?.nodeMicros;
  const idle = cluster ? cluster.nodeIdlePercent / cluster.nodes : ((pg ?? sqlite)?.nodeIdlePercent ?? 0);
  if (nodeCost !== undefined) {
    const perNode = ((NODE_HEADROOM_PERCENT - idle) / 100) * (1e6 / nodeCost);
    const pgCapacity = pgCosts?.postgresMicros ? 1e6 / pgCosts.postgresMicros : Number.NaN;
    const redisCapacity = cluster?.redisMicros ? 1e6 / cluster.redisMicros : Number.NaN;
    const shared = [
      Number.isFinite(pgCapacity) ? { name: 'PostgreSQL (one core)', capacity: pgCapacity } : undefined,
      Number.isFinite(redisCapacity) ? { name: 'Redis', capacity: redisCapacity } : undefined,
    ].filter((s): s is { name: string; capacity: number } => s !== undefined);
    const first = shared.sort((a, b) => a.capacity - b.capacity)[0];
    lines.push(
      'On real hardware (nodes on their own cores, PostgreSQL and Redis on their own, clients elsewhere), by CPU: ' +
        `each node adds about ${about(perNode)} updates/s${cluster ? ' (at the 2-node cost per update)' : ''}` +
        (first
          ? `; ${shared.map((s) => `${s.name} tops out near ${about(s.capacity)}`).join(', ')}; so ${first.name} saturates first, ` +
            `after about ${nodesBefore(first.capacity, perNode)}: beyond, shard deeds over several PostgreSQL primaries and Redis instances (deeds are independent).`
          : '.'),
    );
  }
  const missing = ['1-sqlite', '1-postgres', '2-postgres-redis'].filter(
    (id) => !results.some((r) => r.config.id === id),
  );
  if (missing.length > 0) lines.push(`Not measured in this run: ${missing.join(', ')}.`);
  lines.push(
    'These CPU costs come from a 2-core machine shared by every process (context switches, cold caches): a dedicated core needs less; the ratios between the parts hold better than the absolute figures.',
  );
  return lines;
}
