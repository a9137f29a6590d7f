import { AppError, type CreateThreadRequestSchema, canPerform } from '@deedroom/shared';
import type { z } from 'zod';
import { createId } from '../../create-id';
import type { CommentRecord, CommentThreadRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';
import { checkMentions } from './check-mentions';
import { loadThreadView, type ThreadView } from './load-thread-views';
import { signalThreadChange } from './signal-thread-change';

export type CreateThreadInput = z.output<typeof CreateThreadRequestSchema>;

/**
 * Opens a thread on a range of the deed's text with its first comment. Commenting needs no write
 * access to the document: the anchor is stored here, not in the Yjs document.
 */
export async function createThread(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  input: CreateThreadInput,
): Promise<ThreadView> {
  const { deed, staff } = await requireDeedAccess(deps, actor, deedId, 'comment.create');
  if (input.visibility === 'internal' && !canPerform(staff.role, 'comment.internal')) {
    await recordAudit(deps, {
      action: 'comment.internal',
      outcome: 'denied',
      actor,
      dealId: deed.dealId,
      target: `deed:${deed.id}`,
      detail: { role: staff.role },
    });
    throw new AppError('FORBIDDEN', 'Votre rôle ne permet pas d’ouvrir une discussion interne.');
  }
  const now = deps.clock.now().toISOString();
  const thread: CommentThreadRecord = {
    id: createId(),
    deedId: deed.id,
    dealId: deed.dealId,
    visibility: input.visibility,
    orgId: actor.user.orgId,
    anchorFrom: input.anchor.from,
    anchorTo: input.anchor.to,
    quote: input.quote,
    status: 'open',
    resolvedBy: null,
    resolvedAt: null,
    createdBy: actor.user.id,
    createdAt: now,
  };
  const first: CommentRecord = {
    id: createId(),
    threadId: thread.id,
    authorId: actor.user.id,
    body: input.body,
    mentions: await checkMentions(deps, thread, input.mentions),
    createdAt: now,
    editedAt: null,
    deletedAt: null,
  };
  await deps.stores.comments.createThread(thread, first);
  await recordAudit(deps, {
    action: 'comment.thread.create',
    actor,
    dealId: deed.dealId,
    target: `thread:${thread.id}`,
    detail: { deedId: deed.id, visibility: thread.visibility, mentions: first.mentions },
  });
  signalThreadChange(deps, thread);
  return loadThreadView(deps, thread);
}
