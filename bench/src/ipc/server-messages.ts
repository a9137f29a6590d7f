import type { DelayStats } from '../measure/event-loop-lag';

export type ServerKind = 'deedroom' | 'hocuspocus' | 'y-websocket-server';

export const SERVER_KINDS: readonly ServerKind[] = ['deedroom', 'hocuspocus', 'y-websocket-server'];

export interface ProvisionRequest {
  type: 'provision';
  deeds: number;
  /** Distinct users, each staffed (with a role that may edit) on every deed's deal. */
  users: number;
}

export type ParentToServer =
  | ProvisionRequest
  | { type: 'memory' }
  /** Event-loop lag since the previous request (the first one starts the measurement). */
  | { type: 'event-loop' }
  | { type: 'stop' };

export interface ProvisionedWorld {
  deedIds: string[];
  users: Array<{ email: string; password: string }>;
}

/** The server process's memory after a full garbage collection, in bytes. */
export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
  external: number;
}

export type ServerToParent =
  | { type: 'ready'; port: number; persistence: string }
  | { type: 'provisioned'; world: ProvisionedWorld; elapsedMs: number }
  | { type: 'memory'; memory: MemorySnapshot }
  | { type: 'event-loop'; lag: DelayStats }
  | { type: 'stopped' }
  | { type: 'failed'; message: string };
