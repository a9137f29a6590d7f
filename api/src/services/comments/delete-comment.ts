import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { loadThreadView, type ThreadView } from './load-thread-views';
import { requireOwnComment } from './require-own-comment';
import { signalThreadChange } from './signal-thread-change';

/**
 * Deletes one of the caller's own comments: its text is erased, and it stays in the thread as
 * « Commentaire supprimé » so the replies around it still make sense.
 */
export async function deleteComment(deps: ServiceDeps, actor: Actor, commentId: string): Promise<ThreadView> {
  const { thread, comment } = await requireOwnComment(deps, actor, commentId, 'comment.delete');
  await deps.stores.comments.deleteComment(comment.id, deps.clock.now().toISOString());
  await recordAudit(deps, {
    action: 'comment.delete',
    actor,
    dealId: thread.dealId,
    target: `comment:${comment.id}`,
    detail: { threadId: thread.id },
  });
  signalThreadChange(deps, thread);
  return loadThreadView(deps, thread);
}
