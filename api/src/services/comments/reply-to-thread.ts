import { AppError, type CommentRequestSchema } from '@deedroom/shared';
import type { z } from 'zod';
import { createId } from '../../create-id';
import type { CommentRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { checkMentions } from './check-mentions';
import { loadThreadView, type ThreadView } from './load-thread-views';
import { requireThreadAccess } from './require-thread-access';
import { signalThreadChange } from './signal-thread-change';

export type CommentInput = z.output<typeof CommentRequestSchema>;

/** Adds a reply to an open thread the caller may see. */
export async function replyToThread(
  deps: ServiceDeps,
  actor: Actor,
  threadId: string,
  input: CommentInput,
): Promise<ThreadView> {
  const { thread } = await requireThreadAccess(deps, actor, threadId, 'comment.create');
  if (thread.status === 'resolved') {
    throw new AppError('CONFLICT', 'Cette discussion est résolue\u202f: rouvrez-la pour y répondre.');
  }
  const comment: CommentRecord = {
    id: createId(),
    threadId: thread.id,
    authorId: actor.user.id,
    body: input.body,
    mentions: await checkMentions(deps, thread, input.mentions),
    createdAt: deps.clock.now().toISOString(),
    editedAt: null,
    deletedAt: null,
  };
  await deps.stores.comments.addComment(comment);
  await recordAudit(deps, {
    action: 'comment.reply',
    actor,
    dealId: thread.dealId,
    target: `comment:${comment.id}`,
    detail: { threadId: thread.id, visibility: thread.visibility, mentions: comment.mentions },
  });
  signalThreadChange(deps, thread);
  return loadThreadView(deps, thread);
}
