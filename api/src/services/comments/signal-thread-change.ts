import type { CommentThreadRecord } from '../../store/records';
import type { ServiceDeps } from '../deps';

/**
 * Tells the sockets open on the deed to fetch the threads again: every socket for an all-parties
 * thread, only the sockets of the thread's organisation for an internal one.
 */
export function signalThreadChange(deps: ServiceDeps, thread: CommentThreadRecord): void {
  deps.deedSignals.publish({
    deedId: thread.deedId,
    topic: 'comments',
    orgId: thread.visibility === 'internal' ? thread.orgId : null,
  });
}
