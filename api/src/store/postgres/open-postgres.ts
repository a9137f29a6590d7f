import { CompiledQuery, type DatabaseConnection, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database';
import { currentTenantScope, type TenantScope } from '../tenant-scope';

export interface OpenedPostgres {
  /** Connected as the owner: migrations and grants only. */
  owner: Kysely<Database>;
  /** Connected as the application role, under row-level security with the tenant of each unit of work. */
  db: Kysely<Database>;
  pool: pg.Pool;
}

export interface PostgresOptions {
  url: string;
  /** The role the application's queries run as; it must not own the tables (RLS applies to it). */
  appRole: string;
  poolSize?: number;
  /** Told when the server closes an idle pooled connection (restart, failover, an administrator). */
  onIdleConnectionError?: (error: Error) => void;
}

/** int8 and numeric as JS numbers: every such column holds counts, sizes or cents far below 2^53. */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function scopeKey(scope: TenantScope): string {
  return scope.kind === 'org' ? `org:${scope.orgId}` : scope.kind;
}

/**
 * Opens PostgreSQL: a small owner pool for migrations and the application's pool, whose
 * connections switch to the application role once and take the tenant of the unit of work that
 * borrows them (session settings read by the policies; re-set only when the tenant changes).
 */
export function openPostgres(options: PostgresOptions): OpenedPostgres {
  const appliedScope = new WeakMap<DatabaseConnection, string>();
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types: TYPES });
  // Without a listener, an idle connection the server drops would crash the process; the pool
  // discards it and the next query opens a new one.
  const onIdleError = options.onIdleConnectionError ?? (() => undefined);
  pool.on('error', onIdleError);
  const role = pg.escapeIdentifier(options.appRole);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`SET ROLE ${role}`));
      },
      onReserveConnection: async (connection) => {
        const scope = currentTenantScope();
        const key = scopeKey(scope);
        if (appliedScope.get(connection) === key) return;
        await connection.executeQuery(
          CompiledQuery.raw(
            "SELECT set_config('deedroom.org_id', $1, false), set_config('deedroom.system', $2, false)",
            [scope.kind === 'org' ? scope.orgId : '', scope.kind === 'system' ? 'on' : 'off'],
          ),
        );
        appliedScope.set(connection, key);
      },
    }),
  });
  const ownerPool = new pg.Pool({ connectionString: options.url, max: 2, types: TYPES });
  ownerPool.on('error', onIdleError);
  const owner = new Kysely<Database>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  return { owner, db, pool };
}
