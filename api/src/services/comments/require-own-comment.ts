import { AppError } from '@deedroom/shared';
import type { CommentRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { requireThreadAccess, type ThreadAccess } from './require-thread-access';

export interface OwnCommentAccess extends ThreadAccess {
  comment: CommentRecord;
}

/**
 * A comment the caller wrote, still standing, in a thread they may see and comment on. Someone
 * else's comment is 403; one in a thread they may not see is 404, like a missing one.
 */
export async function requireOwnComment(
  deps: ServiceDeps,
  actor: Actor,
  commentId: string,
  action: 'comment.edit' | 'comment.delete',
): Promise<OwnCommentAccess> {
  const notFound = new AppError('NOT_FOUND', 'Commentaire introuvable.');
  const comment = await deps.stores.comments.findComment(commentId);
  if (!comment) throw notFound;
  let access: ThreadAccess;
  try {
    access = await requireThreadAccess(deps, actor, comment.threadId, 'comment.create');
  } catch (err) {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? notFound : err;
  }
  if (comment.authorId !== actor.user.id) {
    await recordAudit(deps, {
      action,
      outcome: 'denied',
      actor,
      dealId: access.thread.dealId,
      target: `comment:${comment.id}`,
      detail: { reason: 'not_author' },
    });
    throw new AppError('FORBIDDEN', 'Vous ne pouvez modifier ou supprimer que vos propres commentaires.');
  }
  if (comment.deletedAt !== null) {
    throw new AppError('CONFLICT', 'Ce commentaire a déjà été supprimé.');
  }
  return { ...access, comment };
}
