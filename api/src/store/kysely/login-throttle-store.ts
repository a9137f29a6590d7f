import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { LoginThrottleStore } from '../stores';

export function createLoginThrottleStore(db: Kysely<Database>): LoginThrottleStore {
  return {
    async find(email) {
      const row = await db
        .selectFrom('login_throttle')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      return (
        row && {
          email: row.email,
          failures: row.failures,
          windowStartedAt: row.window_started_at,
          lockedUntil: row.locked_until,
        }
      );
    },
    async put(r) {
      const values = {
        email: r.email,
        failures: r.failures,
        window_started_at: r.windowStartedAt,
        locked_until: r.lockedUntil,
      };
      await db
        .insertInto('login_throttle')
        .values(values)
        .onConflict((oc) =>
          oc.column('email').doUpdateSet({
            failures: r.failures,
            window_started_at: r.windowStartedAt,
            locked_until: r.lockedUntil,
          }),
        )
        .execute();
    },
    async clear(email) {
      await db.deleteFrom('login_throttle').where('email', '=', email).execute();
    },
  };
}
