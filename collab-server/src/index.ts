/** Public entry of @deedroom/collab-server. */
export { createInProcessBus } from './bus/create-in-process-bus';
export { createRedisBus, DEFAULT_REDIS_PREFIX, type RedisBusOptions } from './bus/create-redis-bus';
export {
  type CollabServer,
  type CollabServerOptions,
  type CollabServerStats,
  createCollabServer,
} from './create-collab-server';
export { type CollabSettings, DEFAULT_COLLAB_SETTINGS } from './limits';
export type { CollabLogger } from './logger';
export type { CollabObserver } from './observer';
export {
  createRedisLease,
  type RedisLeaseOptions,
} from './persistence/create-redis-lease';
export { createInProcessLease, type Lease } from './persistence/lease';
export { type DeedContent, DeedFrozenError } from './room/deed-content';
export { DeedFreezeTimeoutError } from './room/freeze-across-nodes';
export {
  ACCESS_CHANNEL,
  type AuthenticationResult,
  type Bus,
  type BusPresence,
  type BusSubscription,
  type CollabAccess,
  type CollabAuthority,
  type CollabIdentity,
  type ContentGuard,
  type DeedUpdateLog,
  encodeAccessEvent,
  encodeDeedSignal,
  SIGNAL_CHANNEL,
  type StoredDeedState,
} from './types';
