import type { Kysely } from 'kysely';
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
import type { Stores } from './stores';

export interface StoreOptions {
  dataDir: string;
}

/** Opens the configured database, applies pending migrations and returns the stores. */
export async function createStores(options: StoreOptions): Promise<Stores> {
  const { db, sqlite } = openSqlite(options.dataDir);
  await migrateToLatest(db as unknown as Kysely<unknown>);
  return { ...buildStores(db, 'sqlite'), deedUpdates: createSqliteDeedUpdateLog(db, sqlite) };
}

function buildStores(db: Kysely<Database>, dialect: Stores['dialect']): Stores {
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
    close: () => db.destroy(),
  };
}
