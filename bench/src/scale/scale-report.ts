import type { DeliveryStats } from '../measure/delivery-stats';
import type { DelayStats } from '../measure/event-loop-lag';
import type { ServerOutput } from '../report/bench-report';
import type { PostgresCounters } from './postgres-admin';
import type { RedisCounters } from './redis-admin';
import type { ClusterConfig, ScaleStep } from './scale-plan';

/** CPU over a step's measured window, % of one core. */
export interface StepCpu {
  nodes: number[];
  loadWorkers: number[];
  benchMain: number;
  /** Every process of the PostgreSQL server (backends, WAL writer...); null when not used. */
  postgres: number | null;
  /** The Redis server process; null when not used. */
  redis: number | null;
  /** Kernel time in interrupts (loopback networking), charged to no process. */
  interrupts: number;
  /** All cores busy, % of the machine. */
  machineBusy: number;
  /** CPU of processes outside all of the above, % of one core. */
  others: number;
}

export interface StepResult {
  step: ScaleStep;
  seconds: number;
  /** keystrokes/s the plan asks for (clients x rate) and what the clients managed to type. */
  offeredPerSecond: number;
  typedPerSecond: number;
  /** Updates typed in the window that reached EVERY other client of their deed, per second. */
  ackedPerSecond: number;
  delivery: DeliveryStats;
  /** Only the receivers on another node than the sender (2-node configurations). */
  crossNode: DeliveryStats | null;
  cpu: StepCpu;
  nodeEventLoopLag: DelayStats[];
  postgres: PostgresCounters | null;
  redis: RedisCounters | null;
  sustained: boolean;
  /** Why the step is not sustained (empty when it is). */
  shortfalls: string[];
}

export interface ConfigResult {
  config: ClusterConfig;
  /** What each node reports it runs on (`postgres` expected where DATABASE_URL was given). */
  stores: string[];
  persistence: string;
  database: string | null;
  clients: { planned: number; connected: number; perNode: number[]; failures: string[] };
  timings: { startMs: number; provisionMs: number; tokensMs: number; connectMs: number };
  /** Every client connected, nobody typing: the baseline the per-update costs are measured above. */
  idle: {
    seconds: number;
    cpu: StepCpu;
    postgres: PostgresCounters | null;
    redis: RedisCounters | null;
  };
  steps: StepResult[];
  /** Highest acknowledged rate among sustained steps (null: none was sustained). */
  maxSustainedPerSecond: number | null;
  /** The first step that was not sustained, and why. */
  firstUnsustained: { step: string; shortfalls: string[] } | null;
  updateLog: { rows: number; meanBytes: number } | null;
  convergence: { deeds: number; converged: number };
  unexpectedCloses: Record<string, number>;
  loadWorkerEventLoopDelay: DelayStats[];
  errors: string[];
  serverOutput: ServerOutput[];
}

export interface ScaleReport {
  generatedAt: string;
  command: string;
  quick: boolean;
  machine: { cpus: number; node: string; platform: string };
  workload: { deeds: number; clientsPerDeed: number; workers: number; description: string };
  configs: ConfigResult[];
  skipped: Array<{ config: string; reason: string }>;
  model: string[];
  problems: string[];
}
