/** What a node is given to run on. */
export type StoreKind = 'sqlite' | 'postgres';
export type BusKind = 'in-process' | 'redis';

/** One cluster shape under test. */
export interface ClusterConfig {
  id: string;
  label: string;
  nodes: number;
  store: StoreKind;
  bus: BusKind;
}

export const CLUSTER_CONFIGS: readonly ClusterConfig[] = [
  { id: '1-sqlite', label: '1 node + SQLite', nodes: 1, store: 'sqlite', bus: 'in-process' },
  { id: '1-postgres', label: '1 node + PostgreSQL', nodes: 1, store: 'postgres', bus: 'in-process' },
  {
    id: '2-postgres-redis',
    label: '2 nodes + PostgreSQL + Redis',
    nodes: 2,
    store: 'postgres',
    bus: 'redis',
  },
];

/**
 * One step of a run: every client types at `keystrokesPerSecond` for `durationMs`; the first
 * `settleMs` let queues adjust and are not measured.
 */
export interface ScaleStep {
  id: string;
  keystrokesPerSecond: number;
  durationMs: number;
  settleMs: number;
  /** The fixed offered load (bench:collab's L1 rate), measured over a longer window. */
  isFixedLoad: boolean;
}

/** The same clients for every configuration; the rate climbs step by step in one continuous run. */
export interface ScaleWorkload {
  deeds: number;
  clientsPerDeed: number;
  /** Load-generator child processes (at least one per node: each serves one node's clients). */
  workers: number;
  /** Connected clients, nobody typing: the baseline CPU of every process. */
  idleMs: number;
  steps: ScaleStep[];
}

/** A step is sustained when its p99 stays under this and every update reaches every peer in time. */
export const SUSTAINED_P99_MS = 250;
/** ... and when the updates that reached every peer keep up with what was typed. */
export const SUSTAINED_ACKED_SHARE = 0.95;

function step(
  keystrokesPerSecond: number,
  durationMs: number,
  settleMs: number,
  isFixedLoad = false,
): ScaleStep {
  return {
    id: `${isFixedLoad ? 'fixed' : 'ramp'} ${keystrokesPerSecond}/s`,
    keystrokesPerSecond,
    durationMs,
    settleMs,
    isFixedLoad,
  };
}

/**
 * Full: bench:collab's L1 clients (200 deeds x 5 clients) and its 2 keystrokes/s as the fixed
 * load (5 s warm-up, 15 s measured), inside a ramp from 1 to 5 keystrokes/s per client, L3's
 * rate (1,000 to 5,000 updates/s offered; 7 s steps, the last 5 s measured). Quick: 20 deeds,
 * the fixed load and one faster step.
 */
export function scaleWorkload(quick: boolean): ScaleWorkload {
  if (quick) {
    return {
      deeds: 20,
      clientsPerDeed: 5,
      workers: 2,
      idleMs: 1_000,
      steps: [step(2, 2_500, 500, true), step(16, 2_000, 500)],
    };
  }
  return {
    deeds: 200,
    clientsPerDeed: 5,
    workers: 4,
    idleMs: 3_000,
    steps: [
      step(1, 7_000, 2_000),
      step(1.5, 7_000, 2_000),
      step(2, 20_000, 5_000, true),
      step(2.5, 7_000, 2_000),
      step(3, 7_000, 2_000),
      step(4, 7_000, 2_000),
      step(5, 7_000, 2_000),
    ],
  };
}
