import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the benchmark creates its databases: user postgres, trust authentication. */
export const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function urlOf(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs SQL through the psql CLI; rows as arrays of fields (unaligned, tab-separated). */
async function psql(sql: string, database = 'postgres'): Promise<string[][]> {
  const { stdout } = await run(
    'psql',
    [urlOf(database), '-X', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    { timeout: 30_000 },
  );
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/** Why PostgreSQL cannot be used, or undefined when it answers. */
export async function postgresProblem(): Promise<string | undefined> {
  try {
    const rows = await psql('SHOW server_version');
    return rows.length > 0 ? undefined : 'no answer';
  } catch (err) {
    return `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL} through psql: ${(err as Error).message.split('\n')[0]}`;
  }
}

export interface BenchDatabase {
  name: string;
  /** What the nodes get as DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

const created = new Set<string>();

/** CREATE DATABASE deedroom_bench_<random>; `drop()` removes it (connections are cut first). */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `deedroom_bench_${randomBytes(6).toString('hex')}`;
  await psql(`CREATE DATABASE ${name}`);
  created.add(name);
  return {
    name,
    url: urlOf(name),
    async drop() {
      await psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      created.delete(name);
    },
  };
}

/** On an interrupted run: drops what is left, synchronously (called from a signal handler). */
export function dropLeftoverDatabasesSync(): void {
  for (const name of created) {
    try {
      execFileSync(
        'psql',
        [urlOf('postgres'), '-X', '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`],
        {
          stdio: 'ignore',
          timeout: 10_000,
        },
      );
    } catch {
      // Nothing more to do from a signal handler.
    }
  }
  created.clear();
}

/** Cluster-wide WAL position and the database's counters (the counters lag by up to ~1 s). */
export interface PostgresCounters {
  walBytes: number;
  commits: number;
  rowsInserted: number;
  /** Rows updated, e.g. by INSERT ... ON CONFLICT DO UPDATE. */
  rowsUpdated: number;
}

/** Parses an LSN (`16/B374D848`) into a byte position. */
function lsnBytes(lsn: string): number {
  const [high, low] = lsn.split('/');
  return Number.parseInt(high ?? '0', 16) * 2 ** 32 + Number.parseInt(low ?? '0', 16);
}

export async function readPostgresCounters(database: string): Promise<PostgresCounters> {
  const [row] = await psql(
    `SELECT pg_current_wal_lsn(), xact_commit, tup_inserted, tup_updated FROM pg_stat_database WHERE datname = '${database}'`,
  );
  return {
    walBytes: lsnBytes(row?.[0] ?? '0/0'),
    commits: Number(row?.[1] ?? 0),
    rowsInserted: Number(row?.[2] ?? 0),
    rowsUpdated: Number(row?.[3] ?? 0),
  };
}

export function postgresDelta(before: PostgresCounters, after: PostgresCounters): PostgresCounters {
  return {
    walBytes: after.walBytes - before.walBytes,
    commits: after.commits - before.commits,
    rowsInserted: after.rowsInserted - before.rowsInserted,
    rowsUpdated: after.rowsUpdated - before.rowsUpdated,
  };
}

/** Rows left in the update log and their mean payload (bytes of one Yjs update as stored). */
export async function updateLogRows(
  database: string,
): Promise<{ rows: number; meanBytes: number } | undefined> {
  try {
    const [row] = await psql(
      'SELECT count(*), coalesce(avg(octet_length(data)), 0) FROM deed_updates',
      database,
    );
    return { rows: Number(row?.[0] ?? 0), meanBytes: Number(row?.[1] ?? 0) };
  } catch {
    return undefined; // another schema: leave it out
  }
}
