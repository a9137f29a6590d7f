import { type Kysely, sql } from 'kysely';

/**
 * Deal workflows (issue 6): milestones and tasks with their history, the banks' own templates,
 * in-app notifications and the reminders already sent (so none is sent twice), e-mail
 * preferences, and the secrets of personal calendar feeds (stored hashed).
 * A deal's workflow is created once, from its bank's template: `deal_workflows` records that it
 * was (deals opened before this migration get theirs the first time it is read).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deal_workflows')
    .addColumn('deal_id', 'text', (c) => c.primaryKey().references('deals.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    /** Bumped by every change to the deal's items, in the same transaction: readers cache by it. */
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('workflow_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('milestone', 'task')`))
    /** JSON array of organisation kinds, the leading one first. */
    .addColumn('responsible_parties', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    /** JSON `WorkflowDue` or null (« date à fixer »). */
    .addColumn('due', 'text')
    .addColumn('rolls_to_working_day', 'integer', (c) => c.notNull())
    /** JSON array of item ids of the same deal. */
    .addColumn('depends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('upcoming', 'in_progress', 'waiting', 'done', 'not_applicable')`),
    )
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility IN ('all', 'internal')`))
    .addColumn('link_kind', 'text')
    .addColumn('link_target_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workflow_items_deal_idx')
    .on('workflow_items')
    .columns(['deal_id', 'position'])
    .execute();
  await db.schema
    .createIndex('workflow_items_link_idx')
    .on('workflow_items')
    .columns(['link_kind', 'link_target_id'])
    .execute();

  await db.schema
    .createTable('workflow_item_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('workflow_items.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    /** 1, 2, 3… per item: the order of events that happened within the same millisecond. */
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workflow_item_events_item_idx')
    .on('workflow_item_events')
    .columns(['item_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('workflow_templates')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
    /** JSON array of template items; dependencies and relative dates name items by their key. */
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('workflow_items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('email_reminders', 'text', (c) =>
      c.notNull().check(sql`email_reminders IN ('immediate', 'daily_digest', 'off')`),
    )
    .addColumn('remind_days_before', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  /** One row per reminder given: an item, a person, why, and the due date it was about. */
  await db.schema
    .createTable('reminders_sent')
    .addColumn('item_id', 'text', (c) => c.notNull().references('workflow_items.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text', (c) => c.notNull())
    /** Null until the e-mail went out (or when the person wants none, or a digest instead). */
    .addColumn('emailed_at', 'text')
    .addPrimaryKeyConstraint('reminders_sent_pk', ['item_id', 'user_id', 'kind', 'due_date'])
    .execute();

  await db.schema
    .createTable('digests_sent')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digests_sent_pk', ['user_id', 'day'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** SHA-256 of the secret in the feed URL; the secret itself is never stored. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
