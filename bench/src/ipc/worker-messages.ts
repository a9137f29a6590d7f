import type { RateStep } from '../load/typing-client';
import type { ArrivalColumns, SendRecord } from '../measure/delivery-log';
import type { DelayStats } from '../measure/event-loop-lag';
import type { ClientSpec } from '../protocol/client-spec';

export interface AssignedClient {
  spec: ClientSpec;
  deedIndex: number;
  clientIndex: number;
}

export interface WorkerSetup {
  type: 'setup';
  clients: AssignedClient[];
  keystrokesPerSecond: number;
  connectConcurrency: number;
  connectTimeoutMs: number;
}

export interface WorkerStart {
  type: 'start';
  /** Times on the shared clock (`nowMs`). */
  startAt: number;
  stopAt: number;
  /** Rate changes during the run (a ramp); without them every client types at the setup's rate. */
  rateSteps?: RateStep[];
  /** Drain ends when nothing arrived for `quietMs`, or after `maxDrainMs`. */
  quietMs: number;
  maxDrainMs: number;
}

export type ParentToWorker = WorkerSetup | WorkerStart;

export interface DocDigest {
  deedIndex: number;
  clientIndex: number;
  length: number;
  hash: string;
}

export interface WorkerResult {
  type: 'result';
  sends: Array<SendRecord & { deedIndex: number }>;
  arrivals: ArrivalColumns;
  digests: DocDigest[];
  /** Sockets the server closed during the run, by "code reason". */
  unexpectedCloses: Record<string, number>;
  errors: string[];
  eventLoopDelay: DelayStats;
}

export type WorkerToParent =
  | { type: 'connected'; clients: number; failures: string[]; elapsedMs: number }
  | WorkerResult
  | { type: 'failed'; message: string };
