import { type Kysely, sql } from 'kysely';

function sqlIn(column: string, values: string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/**
 * Named versions of a deed (with their content and its hash), the parties' approvals of a
 * version, the lock and unlock events, and per-author edit activity in 10-minute buckets (kept
 * apart from the update log, which compaction merges).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deed_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sqlIn('kind', ['manual', 'approval', 'lock', 'restore'])),
    )
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('state', 'blob', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('restored_from', 'text', (c) => c.references('deed_versions.id'))
    .addUniqueConstraint('deed_versions_number_unique', ['deed_id', 'number'])
    .execute();

  await db.schema
    .createTable('deed_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('deed_versions.id'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_by', 'text', (c) => c.references('users.id'))
    .addColumn('withdrawn_at', 'text')
    /** The same party's later approval, which replaced this one. */
    .addColumn('superseded_by', 'text', (c) => c.references('deed_approvals.id'))
    .execute();
  await db.schema
    .createIndex('deed_approvals_deed_idx')
    .on('deed_approvals')
    .columns(['deed_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('deed_lock_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull().check(sqlIn('action', ['lock', 'unlock'])))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.references('deed_versions.id'))
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('deed_lock_events_deed_idx').on('deed_lock_events').column('deed_id').execute();

  // No foreign key on user_id: an activity row must never make an update-log append fail.
  await db.schema
    .createTable('deed_edit_activity')
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('bucket_start', 'text', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('update_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('deed_edit_activity_pk', ['deed_id', 'user_id', 'bucket_start'])
    .execute();
}
