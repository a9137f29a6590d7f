import type { DeedUpdateLog } from '@deedroom/collab-server';
import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { countEditActivity, UPSERT_EDIT_ACTIVITY_SQL } from './deed-edit-activity-store';

/** Buffer views of the same bytes, as the drivers want them (no copy). */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Rows per INSERT statement, well under SQLite's bound-parameter limit. */
const APPEND_CHUNK = 2000;

export function createDeedUpdateLog(db: Kysely<Database>): DeedUpdateLog {
  const now = () => new Date().toISOString();
  return {
    async load(deedId) {
      const snapshot = await db
        .selectFrom('deed_snapshots')
        .select(['data', 'upto_id'])
        .where('deed_id', '=', deedId)
        .executeTakeFirst();
      const uptoId = snapshot?.upto_id ?? 0;
      const rows = await db
        .selectFrom('deed_updates')
        .select(['id', 'data'])
        .where('deed_id', '=', deedId)
        .where('id', '>', uptoId)
        .orderBy('id')
        .execute();
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastId: rows.at(-1)?.id ?? uptoId,
      };
    },
    async append(entries) {
      if (entries.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const ids: number[] = [];
        for (let start = 0; start < entries.length; start += APPEND_CHUNK) {
          const rows = await trx
            .insertInto('deed_updates')
            .values(
              entries
                .slice(start, start + APPEND_CHUNK)
                .map((e) => ({ deed_id: e.deedId, data: toBuffer(e.update) })),
            )
            .returning('id')
            .execute();
          for (const r of rows) ids.push(Number(r.id));
        }
        for (const a of countEditActivity(entries, new Date())) {
          await trx
            .insertInto('deed_edit_activity')
            .values({
              deed_id: a.deedId,
              user_id: a.userId,
              bucket_start: a.bucketStart,
              first_at: a.firstAt,
              last_at: a.lastAt,
              update_count: a.updateCount,
            })
            .onConflict((oc) =>
              oc.columns(['deed_id', 'user_id', 'bucket_start']).doUpdateSet((eb) => ({
                last_at: eb.ref('excluded.last_at'),
                update_count: eb('deed_edit_activity.update_count', '+', eb.ref('excluded.update_count')),
              })),
            )
            .execute();
        }
        return ids;
      });
    },
    async compact(deedId, snapshot, uptoId) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('deed_snapshots')
          .values({ deed_id: deedId, data: toBuffer(snapshot), upto_id: uptoId, updated_at: now() })
          .onConflict((oc) =>
            oc
              .column('deed_id')
              .doUpdateSet({ data: toBuffer(snapshot), upto_id: uptoId, updated_at: now() }),
          )
          .execute();
        await trx
          .deleteFrom('deed_updates')
          .where('deed_id', '=', deedId)
          .where('id', '<=', uptoId)
          .execute();
      });
    },
  };
}

/**
 * The SQLite variant: appends run one cached prepared statement per update inside a single
 * transaction, holding Kysely's connection lock so they never land inside another transaction.
 * Loading and compaction are the portable Kysely queries.
 */
export function createSqliteDeedUpdateLog(
  db: Kysely<Database>,
  sqlite: SqliteDatabase.Database,
): DeedUpdateLog {
  const portable = createDeedUpdateLog(db);
  const insert = sqlite.prepare<[string, Buffer]>('INSERT INTO deed_updates (deed_id, data) VALUES (?, ?)');
  const upsertActivity =
    sqlite.prepare<[string, string, string, string, string, number]>(UPSERT_EDIT_ACTIVITY_SQL);
  // The per-author activity is written in the same transaction as the updates it counts.
  const appendAll = sqlite.transaction(
    (entries: ReadonlyArray<{ deedId: string; update: Uint8Array; userId: string | null }>) => {
      const ids = entries.map((e) => Number(insert.run(e.deedId, toBuffer(e.update)).lastInsertRowid));
      for (const a of countEditActivity(entries, new Date()))
        upsertActivity.run(a.deedId, a.userId, a.bucketStart, a.firstAt, a.lastAt, a.updateCount);
      return ids;
    },
  );
  return {
    ...portable,
    async append(entries) {
      if (entries.length === 0) return [];
      return db.connection().execute(async () => appendAll(entries));
    },
  };
}
