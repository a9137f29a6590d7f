import type { ThreadStatus, ThreadVisibility } from '@deedroom/shared';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../database';
import type { CommentRecord, CommentThreadRecord } from '../records';
import type { CommentStore } from '../stores';

function toThread(row: Selectable<Database['deed_comment_threads']>): CommentThreadRecord {
  return {
    id: row.id,
    deedId: row.deed_id,
    dealId: row.deal_id,
    visibility: row.visibility as ThreadVisibility,
    orgId: row.org_id,
    anchorFrom: row.anchor_from,
    anchorTo: row.anchor_to,
    quote: row.quote,
    status: row.status as ThreadStatus,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toComment(row: Selectable<Database['deed_comments']>): CommentRecord {
  return {
    id: row.id,
    threadId: row.thread_id,
    authorId: row.author_id,
    body: row.body,
    mentions: JSON.parse(row.mentions) as string[],
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  };
}

/** Appends a comment at the next position of its thread, computed in the same statement. */
async function insertComment(db: Kysely<Database>, c: CommentRecord): Promise<void> {
  await db
    .insertInto('deed_comments')
    .columns([
      'id',
      'thread_id',
      'position',
      'author_id',
      'body',
      'mentions',
      'created_at',
      'edited_at',
      'deleted_at',
    ])
    .expression(
      db
        .selectFrom('deed_comments')
        .select((eb) => [
          eb.val(c.id).as('id'),
          eb.val(c.threadId).as('thread_id'),
          sql<number>`coalesce(max(position), 0) + 1`.as('position'),
          eb.val(c.authorId).as('author_id'),
          eb.val(c.body).as('body'),
          eb.val(JSON.stringify(c.mentions)).as('mentions'),
          eb.val(c.createdAt).as('created_at'),
          eb.val(c.editedAt).as('edited_at'),
          eb.val(c.deletedAt).as('deleted_at'),
        ])
        .where('thread_id', '=', c.threadId),
    )
    .execute();
}

export function createCommentStore(db: Kysely<Database>): CommentStore {
  return {
    async createThread(t, first) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('deed_comment_threads')
          .values({
            id: t.id,
            deed_id: t.deedId,
            deal_id: t.dealId,
            visibility: t.visibility,
            org_id: t.orgId,
            anchor_from: t.anchorFrom,
            anchor_to: t.anchorTo,
            quote: t.quote,
            status: t.status,
            resolved_by: t.resolvedBy,
            resolved_at: t.resolvedAt,
            created_by: t.createdBy,
            created_at: t.createdAt,
          })
          .execute();
        await insertComment(trx, first);
      });
    },
    async findThread(id) {
      const row = await db
        .selectFrom('deed_comment_threads')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toThread(row);
    },
    async listVisibleThreads(deedId, orgId) {
      const rows = await db
        .selectFrom('deed_comment_threads')
        .selectAll()
        .where('deed_id', '=', deedId)
        .where((eb) => eb.or([eb('visibility', '=', 'all'), eb('org_id', '=', orgId)]))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toThread);
    },
    async listComments(threadIds) {
      if (threadIds.length === 0) return [];
      const rows = await db
        .selectFrom('deed_comments')
        .selectAll()
        .where('thread_id', 'in', threadIds)
        .orderBy('thread_id')
        .orderBy('position')
        .execute();
      return rows.map(toComment);
    },
    async findComment(id) {
      const row = await db.selectFrom('deed_comments').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toComment(row);
    },
    async addComment(comment) {
      await insertComment(db, comment);
    },
    async updateComment(id, change) {
      await db
        .updateTable('deed_comments')
        .set({ body: change.body, mentions: JSON.stringify(change.mentions), edited_at: change.editedAt })
        .where('id', '=', id)
        .execute();
    },
    async deleteComment(id, deletedAt) {
      await db
        .updateTable('deed_comments')
        .set({ body: '', mentions: '[]', deleted_at: deletedAt })
        .where('id', '=', id)
        .execute();
    },
    async setThreadStatus(id, change) {
      await db
        .updateTable('deed_comment_threads')
        .set({ status: change.status, resolved_by: change.resolvedBy, resolved_at: change.resolvedAt })
        .where('id', '=', id)
        .execute();
    },
  };
}
