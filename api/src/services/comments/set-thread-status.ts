import type { ThreadStatus } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { loadThreadView, type ThreadView } from './load-thread-views';
import { requireThreadAccess } from './require-thread-access';
import { signalThreadChange } from './signal-thread-change';

/**
 * Resolves or reopens a thread. Asking for the status it already has changes nothing (two people
 * resolving at once both succeed, and the first one's name stays).
 */
export async function setThreadStatus(
  deps: ServiceDeps,
  actor: Actor,
  threadId: string,
  status: ThreadStatus,
): Promise<ThreadView> {
  const { thread } = await requireThreadAccess(deps, actor, threadId, 'comment.create');
  if (thread.status === status) return loadThreadView(deps, thread);
  const change =
    status === 'resolved'
      ? { status, resolvedBy: actor.user.id, resolvedAt: deps.clock.now().toISOString() }
      : { status, resolvedBy: null, resolvedAt: null };
  await deps.stores.comments.setThreadStatus(thread.id, change);
  await recordAudit(deps, {
    action: status === 'resolved' ? 'comment.thread.resolve' : 'comment.thread.reopen',
    actor,
    dealId: thread.dealId,
    target: `thread:${thread.id}`,
  });
  signalThreadChange(deps, thread);
  return loadThreadView(deps, { ...thread, ...change });
}
