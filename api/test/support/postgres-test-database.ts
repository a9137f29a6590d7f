import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the PostgreSQL tests create their databases on (trust auth on this machine kind). */
export const TEST_POSTGRES_URL =
  process.env.DEEDROOM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestPostgresDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function runOnServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own; `drop()` removes it even with connections left open. */
export async function createTestPostgresDatabase(): Promise<TestPostgresDatabase> {
  const name = `deedroom_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => runOnServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
