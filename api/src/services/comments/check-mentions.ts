import { AppError } from '@deedroom/shared';
import type { CommentThreadRecord } from '../../store/records';
import type { ServiceDeps } from '../deps';

/**
 * The mentioned people, without repeats, after checking that each is staffed on the deal and may
 * see the thread (an internal thread mentions only its own organisation). Unknown and foreign ids
 * get the same answer, so nobody learns who exists elsewhere.
 */
export async function checkMentions(
  deps: ServiceDeps,
  thread: Pick<CommentThreadRecord, 'dealId' | 'visibility' | 'orgId'>,
  mentions: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return [];
  const staff = new Map((await deps.stores.staffing.list(thread.dealId)).map((m) => [m.userId, m]));
  const issues = unique.flatMap((userId) => {
    const member = staff.get(userId);
    const canSee = member && (thread.visibility === 'all' || member.orgId === thread.orgId);
    if (canSee) return [];
    return [
      {
        path: `mentions.${mentions.indexOf(userId)}`,
        message:
          thread.visibility === 'internal'
            ? 'Une discussion interne ne peut mentionner que des membres de votre organisation intervenant sur ce dossier.'
            : 'Seules les personnes intervenant sur ce dossier peuvent être mentionnées.',
        code: 'invalid_mention',
      },
    ];
  });
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Mention impossible.', { issues });
  }
  return unique;
}
