import type { Kysely } from 'kysely';

/**
 * Per-deed drafting controls: which kinds of organisation are held to suggestion mode, and the
 * final lock (who locked which version, when).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deeds')
    .addColumn('suggestion_only_for', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('deeds').addColumn('locked_at', 'text').execute();
  await db.schema.alterTable('deeds').addColumn('locked_by', 'text').execute();
  await db.schema.alterTable('deeds').addColumn('locked_version_id', 'text').execute();
}
