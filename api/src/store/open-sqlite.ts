import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database';

export interface OpenedSqlite {
  db: Kysely<Database>;
  /** The raw handle, for hot paths that run prepared statements under Kysely's connection lock. */
  sqlite: SqliteDatabase.Database;
}

/** Opens (creating if needed) the embedded SQLite database in `dataDir`. */
export function openSqlite(dataDir: string): OpenedSqlite {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(path.join(dataDir, 'deedroom.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged (group commit keeps this cheap).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite };
}
