import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { DeedLockEventRecord } from '../records';
import type { DeedLockEventStore } from '../stores';

export function createDeedLockEventStore(db: Kysely<Database>): DeedLockEventStore {
  return {
    async append(e) {
      await db
        .insertInto('deed_lock_events')
        .values({
          id: e.id,
          deed_id: e.deedId,
          action: e.action,
          user_id: e.userId,
          at: e.at,
          version_id: e.versionId,
          reason: e.reason,
        })
        .execute();
    },
    async listByDeed(deedId) {
      const rows = await db
        .selectFrom('deed_lock_events')
        .selectAll()
        .where('deed_id', '=', deedId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(
        (r): DeedLockEventRecord => ({
          id: r.id,
          deedId: r.deed_id,
          action: r.action as DeedLockEventRecord['action'],
          userId: r.user_id,
          at: r.at,
          versionId: r.version_id,
          reason: r.reason,
        }),
      );
    },
  };
}
