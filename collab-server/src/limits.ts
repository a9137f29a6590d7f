import { COLLAB_LIMITS } from '@deedroom/shared';

/** Tunables of one collaboration server; defaults come from `COLLAB_LIMITS` in shared. */
export interface CollabSettings {
  maxMessageBytes: number;
  maxDocumentBytes: number;
  updatesPerSecond: number;
  updateBurst: number;
  maxAwarenessStateBytes: number;
  /** A room with no connection is unloaded from memory after this delay. */
  idleUnloadMs: number;
  /** The update log of a deed is compacted into a snapshot after this many updates. */
  compactAfterUpdates: number;
  /** Connections that do not answer a ping within this interval are dropped. */
  pingIntervalMs: number;
  /** Messages a socket may send before it is authenticated and its room loaded. */
  maxQueuedMessages: number;
  /** How often a node announces itself on the bus; three missed announcements and it counts as gone. */
  nodeHeartbeatMs: number;
  /** How long a freeze waits for every live node to confirm before it fails (and the lock with it). */
  freezeTimeoutMs: number;
}

export const DEFAULT_COLLAB_SETTINGS: CollabSettings = {
  maxMessageBytes: COLLAB_LIMITS.maxMessageBytes,
  maxDocumentBytes: COLLAB_LIMITS.maxDocumentBytes,
  updatesPerSecond: COLLAB_LIMITS.updatesPerSecond,
  updateBurst: COLLAB_LIMITS.updateBurst,
  maxAwarenessStateBytes: COLLAB_LIMITS.maxAwarenessStateBytes,
  idleUnloadMs: 30_000,
  compactAfterUpdates: 500,
  pingIntervalMs: 30_000,
  maxQueuedMessages: 256,
  nodeHeartbeatMs: 1000,
  freezeTimeoutMs: 5000,
};
