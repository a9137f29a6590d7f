import type { ServerKind } from '../ipc/server-messages';
import type { LoadResult } from '../load/run-typing-load';
import type { InProcessReplay } from '../traces/replay-in-process';
import type { TraceReplayResult } from '../traces/run-trace-replays';

export interface ServerOutput {
  lines: string[];
  count: number;
}

export interface RatioRow {
  load: string;
  versus: ServerKind;
  /** ours / theirs; below 1 is better for latency, CPU and memory, above 1 for throughput. */
  p50: number;
  p95: number;
  p99: number;
  deliveredPerSecond: number;
  serverCpuPercent: number;
  serverCpuMicrosPerDelivery: number;
  rssMb: number;
  mbPerDeed: number;
  liveKbPerDeed: number;
}

export interface TraceReport {
  trace: string;
  txns: number;
  patches: number;
  finalLength: number;
  batchSize: number;
  inProcess: InProcessReplay;
  servers: Array<TraceReplayResult & { ratioToInProcess: number }>;
}

export interface BenchReport {
  generatedAt: string;
  command: string;
  quick: boolean;
  machine: { cpus: number; node: string; platform: string };
  versions: Record<string, string>;
  persistence: Partial<Record<ServerKind, string>>;
  notes: string[];
  loads: Array<LoadResult & { attempts: number; serverOutput: ServerOutput }>;
  saturation: string[];
  ratios: RatioRow[];
  traces: TraceReport[];
  traceServerOutput: Partial<Record<ServerKind, ServerOutput>>;
  problems: string[];
}

/** Server CPU time per delivered update, in microseconds. */
export function cpuMicrosPerDelivery(result: LoadResult): number {
  const delivered = result.delivery.deliveredPerSecond;
  return delivered > 0 ? ((result.cpu.serverPercent / 100) * 1e6) / delivered : Number.NaN;
}
