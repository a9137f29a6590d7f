/** Public entry of @deedroom/collab-server. */
export { createInProcessBus } from './bus/create-in-process-bus';
export { type CollabServer, type CollabServerOptions, createCollabServer } from './create-collab-server';
export { type CollabSettings, DEFAULT_COLLAB_SETTINGS } from './limits';
export type { CollabLogger } from './logger';
export { type DeedContent, DeedFrozenError } from './room/deed-content';
export {
  ACCESS_CHANNEL,
  type AuthenticationResult,
  type Bus,
  type CollabAccess,
  type CollabAuthority,
  type CollabIdentity,
  type ContentGuard,
  type DeedUpdateLog,
  encodeAccessEvent,
  encodeDeedSignal,
  SIGNAL_CHANNEL,
} from './types';
