import type { DeedUpdateLog } from '@deedroom/collab-server';
import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';
import { countEditActivity, UPSERT_EDIT_ACTIVITY_SQL } from './deed-edit-activity-store';

/** Buffer views of the same bytes, as the drivers want them (no copy). */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Rows per INSERT statement, well under SQLite's bound-parameter limit. */
const APPEND_CHUNK = 2000;
/** Activity rows (6 parameters each) per upsert statement. */
const ACTIVITY_CHUNK = 1000;

/** Rows per statement, well under SQLite's bound-parameter limit. */
const DELETE_CHUNK = 1000;

export function createDeedUpdateLog(db: Kysely<Database>): DeedUpdateLog {
  const now = () => new Date().toISOString();
  return {
    async load(deedId) {
      // One statement, so the snapshot and the updates it does not cover are read at the same
      // instant even while another node compacts the deed.
      const rows = await db
        .selectFrom('deed_snapshots')
        .select([sql<number>`0`.as('kind'), 'data', 'generation as n'])
        .where('deed_id', '=', deedId)
        .unionAll(
          db
            .selectFrom('deed_updates')
            .select([sql<number>`1`.as('kind'), 'data', 'id as n'])
            .where('deed_id', '=', deedId),
        )
        .orderBy('kind')
        .orderBy('n')
        .execute();
      const snapshot = rows[0]?.kind === 0 ? rows[0] : undefined;
      const updates = snapshot ? rows.slice(1) : rows;
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        generation: snapshot ? Number(snapshot.n) : 0,
        updates: updates.map((r) => new Uint8Array(r.data)),
        updateIds: updates.map((r) => Number(r.n)),
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
        // One statement per chunk, not one per (deed, author): a batch of a thousand people's
        // keystrokes would otherwise hold the commit for half a second on PostgreSQL.
        const activity = countEditActivity(entries, new Date());
        for (let start = 0; start < activity.length; start += ACTIVITY_CHUNK) {
          await trx
            .insertInto('deed_edit_activity')
            .values(
              activity.slice(start, start + ACTIVITY_CHUNK).map((a) => ({
                deed_id: a.deedId,
                user_id: a.userId,
                bucket_start: a.bucketStart,
                first_at: a.firstAt,
                last_at: a.lastAt,
                update_count: a.updateCount,
              })),
            )
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
    async compact(deedId, { snapshot, coveredIds, expectedGeneration }) {
      const data = toBuffer(snapshot);
      const uptoId = coveredIds.reduce((max, id) => Math.max(max, id), 0);
      return db.transaction().execute(async (trx) => {
        // Compare-and-set on the generation: of two compactions built from the same state, one wins.
        const written =
          expectedGeneration === 0
            ? await trx
                .insertInto('deed_snapshots')
                .values({ deed_id: deedId, data, upto_id: uptoId, updated_at: now(), generation: 1 })
                .onConflict((oc) => oc.column('deed_id').doNothing())
                .executeTakeFirst()
                .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
            : await trx
                .updateTable('deed_snapshots')
                .set({ data, upto_id: uptoId, updated_at: now(), generation: expectedGeneration + 1 })
                .where('deed_id', '=', deedId)
                .where('generation', '=', expectedGeneration)
                .executeTakeFirst()
                .then((r) => Number(r.numUpdatedRows));
        if (written === 0) return false;
        // Exactly the updates folded in: one committed meanwhile (any id) stays for the next load.
        for (let start = 0; start < coveredIds.length; start += DELETE_CHUNK) {
          await trx
            .deleteFrom('deed_updates')
            .where('deed_id', '=', deedId)
            .where('id', 'in', coveredIds.slice(start, start + DELETE_CHUNK))
            .execute();
        }
        return true;
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
