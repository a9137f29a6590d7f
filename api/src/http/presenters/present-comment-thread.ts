import type { CommentPerson, CommentThread, DeedComment } from '@deedroom/shared';
import type { ThreadView } from '../../services/comments/load-thread-views';
import type { CommentRecord, UserWithOrg } from '../../store/records';

function presentPerson(people: ThreadView['people'], id: string): CommentPerson {
  const user: UserWithOrg | undefined = people.get(id);
  return user
    ? { id, name: user.name, orgName: user.orgName, orgKind: user.orgKind }
    : { id, name: 'Personne inconnue', orgName: '', orgKind: 'bank' };
}

function presentComment(people: ThreadView['people'], c: CommentRecord): DeedComment {
  const isDeleted = c.deletedAt !== null;
  return {
    id: c.id,
    threadId: c.threadId,
    author: presentPerson(people, c.authorId),
    body: isDeleted ? null : c.body,
    mentions: isDeleted ? [] : c.mentions.map((id) => presentPerson(people, id)),
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    deletedAt: c.deletedAt,
  };
}

export function presentCommentThread({ thread, org, comments, people }: ThreadView): CommentThread {
  return {
    id: thread.id,
    deedId: thread.deedId,
    visibility: thread.visibility,
    org: { id: thread.orgId, name: org?.name ?? '', kind: org?.kind ?? 'bank' },
    anchor: { from: thread.anchorFrom, to: thread.anchorTo },
    quote: thread.quote,
    status: thread.status,
    resolvedBy: thread.resolvedBy ? presentPerson(people, thread.resolvedBy) : null,
    resolvedAt: thread.resolvedAt,
    createdBy: presentPerson(people, thread.createdBy),
    createdAt: thread.createdAt,
    comments: comments.map((c) => presentComment(people, c)),
  };
}
