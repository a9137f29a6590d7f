import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database';
import { isPostgres } from '../postgres/is-postgres';

/**
 * Serialises the transactions that take the same `key` until they commit. Needed where a
 * transaction reads a maximum and writes the next number (audit chain, version numbers, event
 * sequences): SQLite runs one write transaction at a time already; PostgreSQL, with several
 * nodes and a pool, takes a transaction-scoped advisory lock.
 */
export async function serializeWithin(trx: Transaction<Database>, key: string): Promise<void> {
  if (isPostgres(trx as unknown as Kysely<unknown>))
    await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
}
