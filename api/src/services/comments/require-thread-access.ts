import { AppError, canPerform, type DealAction } from '@deedroom/shared';
import type { CommentThreadRecord, UserWithOrg } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { type DeedAccess, requireDeedAccess } from '../deeds/require-deed-access';
import type { Actor, ServiceDeps } from '../deps';

export interface ThreadAccess extends DeedAccess {
  thread: CommentThreadRecord;
}

/** The same answer for a missing thread, one behind the Chinese wall and another organisation's internal one. */
export function threadNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Discussion introuvable.');
}

/** An internal thread exists only for its organisation; an all-parties one for everyone on the deal. */
export function canSeeThread(thread: CommentThreadRecord, user: UserWithOrg): boolean {
  return thread.visibility === 'all' || thread.orgId === user.orgId;
}

/**
 * The gate of every operation on a thread. Visibility is checked before the role, so that a
 * caller who may not see the thread always gets 404 (never a 403 that would betray it exists).
 */
export async function requireThreadAccess(
  deps: ServiceDeps,
  actor: Actor,
  threadId: string,
  action: DealAction,
): Promise<ThreadAccess> {
  const thread = await deps.stores.comments.findThread(threadId);
  if (!thread) throw threadNotFound();
  let access: DeedAccess;
  try {
    access = await requireDeedAccess(deps, actor, thread.deedId, 'deal.view');
  } catch (err) {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? threadNotFound() : err;
  }
  if (!canSeeThread(thread, actor.user)) {
    await recordAudit(deps, {
      action,
      outcome: 'denied',
      actor,
      dealId: thread.dealId,
      target: `thread:${thread.id}`,
      detail: { reason: 'internal_thread' },
    });
    throw threadNotFound();
  }
  if (!canPerform(access.staff.role, action)) {
    await recordAudit(deps, {
      action,
      outcome: 'denied',
      actor,
      dealId: thread.dealId,
      target: `thread:${thread.id}`,
      detail: { role: access.staff.role },
    });
    throw new AppError('FORBIDDEN', 'Votre rôle sur ce dossier ne permet pas cette action.');
  }
  return { ...access, thread };
}
