import type { DeedUpdateLog } from '@deedroom/collab-server';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database';
import { createAuditStore } from './kysely/audit-store';
import { createCalendarFeedStore } from './kysely/calendar-feed-store';
import { createCommentStore } from './kysely/comment-store';
import { createDealStore } from './kysely/deal-store';
import { createDeedApprovalStore } from './kysely/deed-approval-store';
import { createDeedEditActivityStore } from './kysely/deed-edit-activity-store';
import { createDeedLockEventStore } from './kysely/deed-lock-event-store';
import { createDeedStore } from './kysely/deed-store';
import { createDeedUpdateLog, createSqliteDeedUpdateLog } from './kysely/deed-update-log';
import { createDeedVersionStore } from './kysely/deed-version-store';
import { createLoginThrottleStore } from './kysely/login-throttle-store';
import { createNotificationStore } from './kysely/notification-store';
import { createOrgStore } from './kysely/org-store';
import { createSessionStore } from './kysely/session-store';
import { createSignatureStore } from './kysely/signature-store';
import { createStaffingStore } from './kysely/staffing-store';
import { createUserStore } from './kysely/user-store';
import { createVaultRequestStore } from './kysely/vault-request-store';
import { createVaultStore } from './kysely/vault-store';
import { createWorkflowStore } from './kysely/workflow-store';
import { migrateToLatest } from './migrate';
import { openSqlite } from './open-sqlite';
import { grantApplicationRole } from './postgres/grant-application-role';
import { openPostgres } from './postgres/open-postgres';
import { createPostgresColumnTypes } from './postgres/postgres-column-types';
import type { Stores } from './stores';
import { runAsSystem } from './tenant-scope';

export interface StoreOptions {
  dataDir: string;
  /** `postgres://...`: PostgreSQL (the database must exist); unset: SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The PostgreSQL role the application's queries run as (row-level security applies to it). */
  databaseAppRole?: string;
  /** Connections in the PostgreSQL pool. */
  databasePoolSize?: number;
  /** Told when PostgreSQL closes an idle pooled connection (the pool replaces it). */
  onConnectionLost?: (error: Error) => void;
}

export const DEFAULT_DATABASE_APP_ROLE = 'deedroom_app';

/** Opens the configured database, applies pending migrations and returns the stores. */
export async function createStores(options: StoreOptions): Promise<Stores> {
  if (options.databaseUrl) return createPostgresStores(options.databaseUrl, options);
  const { db, sqlite } = openSqlite(options.dataDir);
  await migrateToLatest(db as unknown as Kysely<unknown>);
  return {
    ...buildStores(db, 'sqlite'),
    deedUpdates: createSqliteDeedUpdateLog(db, sqlite),
    ping: async () => {
      sqlite.prepare('SELECT 1').get();
    },
    poolStats: () => undefined,
    close: () => db.destroy(),
  };
}

async function createPostgresStores(url: string, options: StoreOptions): Promise<Stores> {
  const appRole = options.databaseAppRole ?? DEFAULT_DATABASE_APP_ROLE;
  const { owner, db, pool } = openPostgres({
    url,
    appRole,
    poolSize: options.databasePoolSize,
    onIdleConnectionError: options.onConnectionLost,
  });
  try {
    await migrateToLatest(owner.withPlugin(createPostgresColumnTypes()) as unknown as Kysely<unknown>);
    await grantApplicationRole(owner as unknown as Kysely<unknown>, appRole);
  } catch (error) {
    await Promise.all([owner.destroy(), db.destroy()]);
    throw error;
  }
  await owner.destroy();
  const stores = buildStores(db, 'postgres');
  return {
    ...stores,
    // The collaboration server's persistence covers every deed it holds, whoever's request
    // happened to trigger a commit: it is the system's own work.
    deedUpdates: runEachAsSystem(stores.deedUpdates),
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

/** The same log, each call run as the system whatever scope its caller is in. */
function runEachAsSystem(log: DeedUpdateLog): DeedUpdateLog {
  return {
    load: (deedId) => runAsSystem(() => log.load(deedId)),
    append: (entries) => runAsSystem(() => log.append(entries)),
    compact: (deedId, compaction) => runAsSystem(() => log.compact(deedId, compaction)),
  };
}

function buildStores(
  db: Kysely<Database>,
  dialect: Stores['dialect'],
): Omit<Stores, 'ping' | 'poolStats' | 'close'> {
  return {
    dialect,
    orgs: createOrgStore(db),
    users: createUserStore(db),
    sessions: createSessionStore(db),
    loginThrottle: createLoginThrottleStore(db),
    deals: createDealStore(db),
    staffing: createStaffingStore(db),
    deeds: createDeedStore(db),
    comments: createCommentStore(db),
    audit: createAuditStore(db),
    deedUpdates: createDeedUpdateLog(db),
    deedVersions: createDeedVersionStore(db),
    deedApprovals: createDeedApprovalStore(db),
    deedLockEvents: createDeedLockEventStore(db),
    deedEditActivity: createDeedEditActivityStore(db),
    vault: createVaultStore(db),
    vaultRequests: createVaultRequestStore(db),
    workflow: createWorkflowStore(db),
    notifications: createNotificationStore(db),
    calendarFeeds: createCalendarFeedStore(db),
    signatures: createSignatureStore(db),
  };
}
