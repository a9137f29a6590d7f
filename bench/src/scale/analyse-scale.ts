import { cpus } from 'node:os';
import type { ConfigResult, StepResult } from './scale-report';

/** CPU time and bytes one update costs each part of a configuration, at the fixed load. */
export interface UpdateCosts {
  config: string;
  label: string;
  nodes: number;
  /** Updates typed per second in the window (what the costs are divided by). */
  updatesPerSecond: number;
  /** CPU of all nodes together, microseconds per update. */
  nodeMicros: number;
  postgresMicros: number | null;
  redisMicros: number | null;
  loadGeneratorMicros: number;
  walBytes: number | null;
  updatesPerCommit: number | null;
  rowsInserted: number | null;
  rowsUpdated: number | null;
  /** Wall time between two commits of one node's group committer (one append in flight per node). */
  commitIntervalMs: number | null;
  publishes: number | null;
  redisInBytes: number | null;
  redisOutBytes: number | null;
  publishCommandMicros: number | null;
}

export function fixedStep(result: ConfigResult): StepResult | undefined {
  return result.steps.find((s) => s.step.isFixedLoad) ?? result.steps[0];
}

/**
 * The step the model reads costs from: the highest sustained rate (per-update costs fall as
 * batches grow with the rate, so the fixed load's costs overstate a busy node's), or the fixed
 * load when nothing was sustained.
 */
export function referenceStep(result: ConfigResult): StepResult | undefined {
  const sustained = result.steps.filter((s) => s.sustained);
  if (sustained.length === 0) return fixedStep(result);
  return sustained.reduce((best, s) => (s.ackedPerSecond > best.ackedPerSecond ? s : best));
}

export function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function perUpdate(value: number | undefined, updates: number): number | null {
  return value === undefined || updates <= 0 ? null : value / updates;
}

/** Costs per update in one step (by default the fixed load, which every configuration carries alike). */
export function updateCosts(result: ConfigResult, step = fixedStep(result)): UpdateCosts | undefined {
  if (!step) return undefined;
  const rate = step.typedPerSecond;
  const updates = rate * step.seconds;
  const micros = (percent: number) => (rate > 0 ? ((percent / 100) * 1e6) / rate : Number.NaN);
  const commits = step.postgres?.commits;
  return {
    config: result.config.id,
    label: result.config.label,
    nodes: result.config.nodes,
    updatesPerSecond: rate,
    nodeMicros: micros(sum(step.cpu.nodes)),
    postgresMicros: step.cpu.postgres === null ? null : micros(step.cpu.postgres),
    redisMicros: step.cpu.redis === null ? null : micros(step.cpu.redis),
    loadGeneratorMicros: micros(sum(step.cpu.loadWorkers)),
    walBytes: perUpdate(step.postgres?.walBytes, updates),
    updatesPerCommit: commits ? updates / commits : null,
    rowsInserted: perUpdate(step.postgres?.rowsInserted, updates),
    rowsUpdated: perUpdate(step.postgres?.rowsUpdated, updates),
    commitIntervalMs: commits ? (step.seconds * 1000 * result.config.nodes) / commits : null,
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

/** Rounds a capacity down to two significant figures: these are estimates. */
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
  const parts = [
    `node${c.nodes.length > 1 ? 's' : ''} ${c.nodes.map((p) => p.toFixed(0)).join(' + ')}%`,
    c.postgres === null ? undefined : `PostgreSQL ${c.postgres.toFixed(0)}%`,
    c.redis === null ? undefined : `Redis ${c.redis.toFixed(0)}%`,
    `load generator ${sum(c.loadWorkers).toFixed(0)}%`,
    `kernel interrupts (loopback network) ${c.interrupts.toFixed(0)}%`,
    c.others >= 5 ? `other processes ${c.others.toFixed(0)}%` : undefined,
  ].filter(Boolean);
  const head = failed
    ? `${result.config.label}: at ${failed.step.id} per client (${n0(failed.offeredPerSecond)} updates/s offered) ${failed.shortfalls.join('; ')}`
    : `${result.config.label}: every step sustained, up to ${n0(step.ackedPerSecond)} updates/s (the ramp's top, not the limit)`;
  return `${head}; machine ${step.cpu.machineBusy.toFixed(0)}% busy of ${cpus().length} cores: ${parts.join(', ')} (% of one core)`;
}

/**
 * The written model: what one update costs each part (from the fixed load), what that makes one
 * node, PostgreSQL and Redis able to carry, and what saturates first, from this run's figures.
 */
export function scalingModel(results: ConfigResult[]): string[] {
  const costs = results
    .map((r) => updateCosts(r, referenceStep(r)))
    .filter((c): c is UpdateCosts => c !== undefined);
  const byId = (id: string) => costs.find((c) => c.config === id);
  const resultOf = (id: string) => results.find((r) => r.config.id === id);
  const sqlite = byId('1-sqlite');
  const pg = byId('1-postgres');
  const cluster = byId('2-postgres-redis');
  const lines: string[] = [];
  const cores = cpus().length;

  lines.push(
    `On this ${cores}-core machine every process of a configuration shares the same ${cores} cores: the node(s), ` +
      'PostgreSQL, Redis and the load generator (whose simulated clients decode every update they receive). ' +
      'A second node adds a process, not a core, so the 2-node figures measure the overhead of scaling out ' +
      '(the bus, the second copy of every deed), not its capacity.',
  );
  for (const result of results) lines.push(`Limit seen: ${limitOf(result)}.`);

  const nodeLine = (c: UpdateCosts, what: string) =>
    `${c.label}: ${n0(c.nodeMicros)} µs of node CPU per update (${what}), so about ${about(1e6 / c.nodeMicros)} updates/s for a node at 100% of its core`;
  const capacities: string[] = [];
  if (sqlite) capacities.push(nodeLine(sqlite, 'WebSocket frames, Yjs, SQLite commit in-process'));
  if (pg)
    capacities.push(
      nodeLine(pg, 'the same, with the INSERT sent to PostgreSQL instead of written in-process'),
    );
  if (capacities.length > 0) {
    lines.push(
      `Per-node capacity. A node runs its collaboration work on one event loop, i.e. one core whatever the machine has. ${capacities.join('; ')}. ` +
        'Keeping p99 low needs headroom: plan on about 60-70% of that per node. Run more nodes (one per core, or one per machine) to go beyond.',
    );
  }
  if (cluster && pg) {
    const extra = cluster.nodeMicros - pg.nodeMicros;
    lines.push(
      `Scale-out overhead. With every deed's clients on both nodes, the two nodes together spend ${n0(cluster.nodeMicros)} µs per update against ${n0(pg.nodeMicros)} µs for one node: ` +
        `${n0(extra)} µs more (${n0((extra / pg.nodeMicros) * 100)}%), for publishing to Redis, reading it back, applying the update to the deed's copy on the other node and sending it to that node's clients. ` +
        'A deed whose clients all reach the same node (routing by deed) pays only the publish; a deed spread over k nodes is applied k times.',
    );
  }
  const pgCosts = cluster ?? pg;
  if (pgCosts && pgCosts.postgresMicros !== null) {
    lines.push(
      `PostgreSQL per update: ${n1(pgCosts.rowsInserted)} row(s) inserted (the update log row; edit activity is upserted per batch), inside a group-committed transaction of ${n1(pgCosts.updatesPerCommit)} updates on average, ` +
        `${n0(pgCosts.walBytes)} bytes of WAL, ${n0(pgCosts.postgresMicros)} µs of PostgreSQL CPU (measured ${pgCosts.label}). ` +
        `So one PostgreSQL core carries about ${about(1e6 / (pgCosts.postgresMicros ?? Number.NaN))} updates/s, writing ${n1(((pgCosts.walBytes ?? 0) * (1e6 / (pgCosts.postgresMicros ?? 1))) / 1e6)} MB/s of WAL; ` +
        'commits, not bytes, are what the disk sees: one fsync per batch, and batches grow as the rate grows. Every node writes to the same primary: PostgreSQL is the one shared writer.',
    );
  }
  if (cluster && cluster.redisMicros !== null) {
    lines.push(
      `Redis per update: ${n1(cluster.publishes)} PUBLISH (${n0(cluster.redisInBytes)} bytes in: the update frame and its channel name), delivered to every node subscribed to the deed, the publisher's own echo included ` +
        `(${n0(cluster.redisOutBytes)} bytes out with 2 nodes, growing with the number of nodes N: about N x the frame); ${n1(cluster.publishCommandMicros)} µs inside PUBLISH, ${n0(cluster.redisMicros)} µs of Redis process CPU per update in all (network I/O included). ` +
        `Redis runs commands on one thread: about ${about(1e6 / cluster.redisMicros)} updates/s at 2 nodes, less as N grows (output grows with N).`,
    );
  }
  const node = pg ?? sqlite;
  if (node) {
    const perNode = (0.65 * 1e6) / (cluster ? cluster.nodeMicros / cluster.nodes : node.nodeMicros);
    const pgCap = pgCosts?.postgresMicros ? 1e6 / pgCosts.postgresMicros : Number.NaN;
    const redisCap = cluster?.redisMicros ? 1e6 / cluster.redisMicros : Number.NaN;
    const n = Number.isFinite(pgCap)
      ? Math.max(1, Math.floor(Math.min(pgCap, redisCap || pgCap) / perNode))
      : undefined;
    lines.push(
      'What saturates first on real hardware (each node on its own core(s), PostgreSQL and Redis on their own, clients elsewhere): ' +
        `nodes add about ${about(perNode)} updates/s each at 65% CPU${cluster ? ' (with the 2-node cost per update)' : ''}` +
        (Number.isFinite(pgCap) ? `; one PostgreSQL core stops at about ${about(pgCap)} updates/s` : '') +
        (Number.isFinite(redisCap) ? `, Redis at about ${about(redisCap)}` : '') +
        (n !== undefined
          ? `. So about ${n} node${n > 1 ? 's' : ''} fill ${Number.isFinite(redisCap) && redisCap < pgCap ? 'Redis' : 'PostgreSQL'}: past that, PostgreSQL needs more cores (or the update log sharded by deed) and Redis sharding by deed channel.`
          : '.'),
    );
  }
  if (!sqlite || !pg || !cluster) {
    const missing = ['1-sqlite', '1-postgres', '2-postgres-redis'].filter((id) => !resultOf(id));
    lines.push(`Not measured in this run: ${missing.join(', ')} (see "Skipped").`);
  }
  lines.push(
    'These costs were measured on a busy 2-core machine (context switches, shared caches), so they overstate what a dedicated core needs; the ratios between the parts are the robust part.',
  );
  return lines;
}
