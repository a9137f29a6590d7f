import type { Kysely } from 'kysely';

/** The durable per-deed Yjs update log and its compacted snapshots. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deed_updates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('deed_id', 'text', (c) => c.notNull().references('deeds.id').onDelete('cascade'))
    .addColumn('data', 'blob', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deed_updates_deed_idx')
    .on('deed_updates')
    .columns(['deed_id', 'id'])
    .execute();

  await db.schema
    .createTable('deed_snapshots')
    .addColumn('deed_id', 'text', (c) => c.primaryKey().references('deeds.id').onDelete('cascade'))
    .addColumn('data', 'blob', (c) => c.notNull())
    .addColumn('upto_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
