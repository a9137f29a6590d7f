import { type Kysely, sql } from 'kysely';

/**
 * Comment threads anchored in a deed's text, and their comments. A thread keeps its deal and the
 * author's organisation so that visibility (all parties, or internal to that organisation) is
 * decided in the query, before anything leaves the database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deed_comment_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility IN ('all', 'internal')`))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('anchor_from', 'text', (c) => c.notNull())
    .addColumn('anchor_to', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'resolved')`))
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deed_comment_threads_deed_idx')
    .on('deed_comment_threads')
    .columns(['deed_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('deed_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) =>
      c.notNull().references('deed_comment_threads.id').onDelete('cascade'),
    )
    /** 1, 2, 3... within the thread: the order people wrote in, even within one millisecond. */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    /** JSON array of the mentioned users' ids. */
    .addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('deed_comments_thread_idx')
    .on('deed_comments')
    .columns(['thread_id', 'position'])
    .unique()
    .execute();
}
