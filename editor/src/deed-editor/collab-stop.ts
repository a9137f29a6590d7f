import { COLLAB_CLOSE } from '@deedroom/shared';

/** Why the live connection stopped for good (until the user acts). */
export type CollabStopReason =
  | 'forbidden'
  | 'not-found'
  | 'too-large'
  | 'malformed'
  | 'edit-refused'
  | 'session-expired';

/** Close codes after which the client must not simply reconnect. */
const STOP_BY_CLOSE_CODE: ReadonlyMap<number, CollabStopReason> = new Map([
  [COLLAB_CLOSE.FORBIDDEN, 'forbidden'],
  [COLLAB_CLOSE.NOT_FOUND, 'not-found'],
  [COLLAB_CLOSE.TOO_LARGE, 'too-large'],
  [COLLAB_CLOSE.MALFORMED, 'malformed'],
  [COLLAB_CLOSE.EDIT_REFUSED, 'edit-refused'],
]);

/** The terminal reason a close code stands for, or undefined when the client may reconnect. */
export function readStopReason(code: number): CollabStopReason | undefined {
  return STOP_BY_CLOSE_CODE.get(code);
}

/** Codes handled by the connection itself before reconnecting (new token, new access). */
export function isHandledBeforeReconnect(code: number): boolean {
  return code === COLLAB_CLOSE.UNAUTHORIZED || code === COLLAB_CLOSE.ACCESS_CHANGED;
}
