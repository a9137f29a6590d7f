import {
  CommentRequestSchema,
  CommentThreadListSchema,
  CommentThreadSchema,
  CreateThreadRequestSchema,
  ErrorBodySchema,
  IdSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createThread } from '../../services/comments/create-thread';
import { deleteComment } from '../../services/comments/delete-comment';
import { editComment } from '../../services/comments/edit-comment';
import { listThreads } from '../../services/comments/list-threads';
import { replyToThread } from '../../services/comments/reply-to-thread';
import { setThreadStatus } from '../../services/comments/set-thread-status';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentCommentThread } from '../presenters/present-comment-thread';
import { requireActor } from '../require-actor';

const DeedParamsSchema = z.object({ deedId: IdSchema });
const ThreadParamsSchema = z.object({ threadId: IdSchema });
const CommentParamsSchema = z.object({ commentId: IdSchema });

const CONFLICT_RESPONSE = {
  409: jsonResponse(ErrorBodySchema, 'The thread is resolved, or the comment was deleted (CONFLICT)'),
};

/**
 * Comment threads anchored in a deed's text. Another organisation's internal thread answers 404
 * exactly like a missing one; every change sends a `comments` signal to the sockets allowed to see it.
 */
export function registerCommentRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/threads',
      tags: ['comments'],
      summary:
        'Comment threads of the deed the caller may see (all parties, and internal to their organisation)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(CommentThreadListSchema, 'Threads, oldest first'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const views = await listThreads(c.get('deps'), requireActor(c), c.req.valid('param').deedId);
      return c.json({ threads: views.map(presentCommentThread) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/threads',
      tags: ['comments'],
      summary: 'Open a thread on a range of the text (internal threads need comment.internal)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, ...jsonBody(CreateThreadRequestSchema) },
      responses: { 201: jsonResponse(CommentThreadSchema, 'Thread created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await createThread(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        c.req.valid('json'),
      );
      return c.json(presentCommentThread(view), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/threads/{threadId}/comments',
      tags: ['comments'],
      summary: 'Reply to an open thread',
      security: SESSION_SECURITY,
      request: { params: ThreadParamsSchema, ...jsonBody(CommentRequestSchema) },
      responses: {
        201: jsonResponse(CommentThreadSchema, 'The thread with the reply'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const view = await replyToThread(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').threadId,
        c.req.valid('json'),
      );
      return c.json(presentCommentThread(view), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/comments/{commentId}',
      tags: ['comments'],
      summary: 'Change the text of one of your own comments',
      security: SESSION_SECURITY,
      request: { params: CommentParamsSchema, ...jsonBody(CommentRequestSchema) },
      responses: {
        200: jsonResponse(CommentThreadSchema, 'The thread with the edited comment'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const view = await editComment(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').commentId,
        c.req.valid('json'),
      );
      return c.json(presentCommentThread(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/comments/{commentId}',
      tags: ['comments'],
      summary: 'Delete one of your own comments (it stays as « Commentaire supprimé »)',
      security: SESSION_SECURITY,
      request: { params: CommentParamsSchema },
      responses: {
        200: jsonResponse(CommentThreadSchema, 'The thread without the comment’s text'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const view = await deleteComment(c.get('deps'), requireActor(c), c.req.valid('param').commentId);
      return c.json(presentCommentThread(view), 200);
    },
  );

  for (const [action, status] of [
    ['resolve', 'resolved'],
    ['reopen', 'open'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/threads/{threadId}/${action}`,
        tags: ['comments'],
        summary: action === 'resolve' ? 'Mark a thread resolved' : 'Reopen a resolved thread',
        security: SESSION_SECURITY,
        request: { params: ThreadParamsSchema },
        responses: { 200: jsonResponse(CommentThreadSchema, 'The thread'), ...ERROR_RESPONSES },
      }),
      async (c) => {
        const view = await setThreadStatus(
          c.get('deps'),
          requireActor(c),
          c.req.valid('param').threadId,
          status,
        );
        return c.json(presentCommentThread(view), 200);
      },
    );
  }
}
