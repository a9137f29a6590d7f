import {
  type CommentRequest,
  type CommentThread,
  CommentThreadListSchema,
  CommentThreadSchema,
  type CreateThreadRequest,
} from '@deedroom/shared';
import { requestJson } from './client';

/** The deed's threads the caller may see (all parties, and internal to their organisation). */
export async function fetchCommentThreads(deedId: string, signal?: AbortSignal): Promise<CommentThread[]> {
  const { threads } = await requestJson(
    `/api/deeds/${encodeURIComponent(deedId)}/threads`,
    CommentThreadListSchema,
    signal ? { signal } : {},
  );
  return threads;
}

/** Opens a thread on a range of the text (action `comment.create`; internal: `comment.internal`). */
export function createCommentThread(
  deedId: string,
  request: CreateThreadRequest,
  csrfToken: string,
): Promise<CommentThread> {
  return requestJson(`/api/deeds/${encodeURIComponent(deedId)}/threads`, CommentThreadSchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

export function replyToCommentThread(
  threadId: string,
  request: CommentRequest,
  csrfToken: string,
): Promise<CommentThread> {
  return requestJson(`/api/threads/${encodeURIComponent(threadId)}/comments`, CommentThreadSchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

/** Changes the text of one of the caller's own comments. */
export function editComment(
  commentId: string,
  request: CommentRequest,
  csrfToken: string,
): Promise<CommentThread> {
  return requestJson(`/api/comments/${encodeURIComponent(commentId)}`, CommentThreadSchema, {
    method: 'PATCH',
    body: request,
    csrfToken,
  });
}

/** Deletes one of the caller's own comments (it stays as « Commentaire supprimé »). */
export function deleteComment(commentId: string, csrfToken: string): Promise<CommentThread> {
  return requestJson(`/api/comments/${encodeURIComponent(commentId)}`, CommentThreadSchema, {
    method: 'DELETE',
    csrfToken,
  });
}

export function setCommentThreadStatus(
  threadId: string,
  action: 'resolve' | 'reopen',
  csrfToken: string,
): Promise<CommentThread> {
  return requestJson(`/api/threads/${encodeURIComponent(threadId)}/${action}`, CommentThreadSchema, {
    method: 'POST',
    csrfToken,
  });
}
