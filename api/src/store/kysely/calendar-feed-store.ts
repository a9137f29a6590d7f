import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { CalendarFeedStore } from '../workflow-stores';

export function createCalendarFeedStore(db: Kysely<Database>): CalendarFeedStore {
  return {
    async findUserByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row?.user_id;
    },
    async find(userId) {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('created_at')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && { createdAt: row.created_at };
    },
    async put(userId, tokenHash, at) {
      await db
        .insertInto('calendar_feeds')
        .values({ user_id: userId, token_hash: tokenHash, created_at: at })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
        .execute();
    },
    async delete(userId) {
      const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
