import { LIMITS } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { DeedEditActivityRecord } from '../records';
import type { DeedEditActivityStore } from '../stores';

/**
 * The activity rows one append adds: per deed, author and 10-minute bucket, how many updates.
 * Server changes (no author) are not counted: their version records tell of them.
 */
export function countEditActivity(
  entries: ReadonlyArray<{ deedId: string; userId: string | null }>,
  now: Date,
): DeedEditActivityRecord[] {
  const at = now.toISOString();
  const bucketStart = new Date(
    Math.floor(now.getTime() / LIMITS.editActivityBucketMs) * LIMITS.editActivityBucketMs,
  ).toISOString();
  const rows = new Map<string, DeedEditActivityRecord>();
  for (const { deedId, userId } of entries) {
    if (userId === null) continue;
    const key = `${deedId}\u0000${userId}`;
    const row = rows.get(key);
    if (row) row.updateCount += 1;
    else rows.set(key, { deedId, userId, bucketStart, firstAt: at, lastAt: at, updateCount: 1 });
  }
  return [...rows.values()];
}

/** `INSERT ... ON CONFLICT` adding to the bucket's count: the same text on SQLite and PostgreSQL. */
export const UPSERT_EDIT_ACTIVITY_SQL = `INSERT INTO deed_edit_activity (deed_id, user_id, bucket_start, first_at, last_at, update_count)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (deed_id, user_id, bucket_start)
DO UPDATE SET last_at = excluded.last_at, update_count = deed_edit_activity.update_count + excluded.update_count`;

export function createDeedEditActivityStore(db: Kysely<Database>): DeedEditActivityStore {
  return {
    async listByDeed(deedId) {
      const rows = await db
        .selectFrom('deed_edit_activity')
        .selectAll()
        .where('deed_id', '=', deedId)
        .orderBy('bucket_start')
        .orderBy('user_id')
        .execute();
      return rows.map((r) => ({
        deedId: r.deed_id,
        userId: r.user_id,
        bucketStart: r.bucket_start,
        firstAt: r.first_at,
        lastAt: r.last_at,
        updateCount: r.update_count,
      }));
    },
  };
}
