import { type Kysely, PostgresAdapter } from 'kysely';

/** True when `db` talks to PostgreSQL (for the few statements the two dialects write differently). */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
