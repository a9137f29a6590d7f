import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { checkMentions } from './check-mentions';
import { loadThreadView, type ThreadView } from './load-thread-views';
import type { CommentInput } from './reply-to-thread';
import { requireOwnComment } from './require-own-comment';
import { signalThreadChange } from './signal-thread-change';

/** Replaces the text (and mentions) of one of the caller's own comments. */
export async function editComment(
  deps: ServiceDeps,
  actor: Actor,
  commentId: string,
  input: CommentInput,
): Promise<ThreadView> {
  const { thread, comment } = await requireOwnComment(deps, actor, commentId, 'comment.edit');
  const mentions = await checkMentions(deps, thread, input.mentions);
  await deps.stores.comments.updateComment(comment.id, {
    body: input.body,
    mentions,
    editedAt: deps.clock.now().toISOString(),
  });
  await recordAudit(deps, {
    action: 'comment.edit',
    actor,
    dealId: thread.dealId,
    target: `comment:${comment.id}`,
    detail: { threadId: thread.id, mentions },
  });
  signalThreadChange(deps, thread);
  return loadThreadView(deps, thread);
}
