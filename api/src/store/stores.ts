import type { DeedUpdateLog } from '@deedroom/collab-server';
import type { DealStatus, OrgKind, ThreadStatus } from '@deedroom/shared';
import type {
  AuditEntryInput,
  AuditRecord,
  CommentRecord,
  CommentThreadRecord,
  DealPartyRecord,
  DealRecord,
  DeedApprovalRecord,
  DeedEditActivityRecord,
  DeedLockEventRecord,
  DeedLockRecord,
  DeedRecord,
  DeedVersionRecord,
  DeedVersionSummaryRecord,
  LoginThrottleRecord,
  OrgRecord,
  SessionRecord,
  StaffMemberRecord,
  StaffRecord,
  UserRecord,
  UserWithOrg,
} from './records';
import type { SignatureStore } from './signature-stores';
import type { VaultRequestStore, VaultStore } from './vault-stores';
import type { CalendarFeedStore, NotificationStore, WorkflowStore } from './workflow-stores';

/**
 * Narrow storage interfaces. Services receive a {@link Stores} and never see SQL; the factory
 * in `create-stores.ts` picks the implementation. Every method is atomic on its own.
 */
export interface OrgStore {
  create(org: OrgRecord): Promise<void>;
  findById(id: string): Promise<OrgRecord | undefined>;
  list(): Promise<OrgRecord[]>;
}

export interface UserStore {
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserWithOrg | undefined>;
  findByEmail(email: string): Promise<UserWithOrg | undefined>;
  listByOrg(orgId: string): Promise<UserWithOrg[]>;
  listByOrgs(orgIds: string[]): Promise<UserWithOrg[]>;
  /** The users among `ids` that exist, in no particular order. */
  listByIds(ids: string[]): Promise<UserWithOrg[]>;
  updatePasswordHash(id: string, passwordHash: string, at: string): Promise<void>;
}

export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  find(tokenHash: string): Promise<SessionRecord | undefined>;
  touch(tokenHash: string, lastSeenAt: string): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of a user but the one named (password change, account removal). */
  deleteForUser(userId: string, keepTokenHash?: string): Promise<void>;
}

export interface LoginThrottleStore {
  find(email: string): Promise<LoginThrottleRecord | undefined>;
  put(record: LoginThrottleRecord): Promise<void>;
  clear(email: string): Promise<void>;
}

export interface NewDeal {
  deal: DealRecord;
  partyOrgIds: string[];
  creatorStaff: StaffRecord;
}

export interface DealPatch {
  name?: string;
  city?: string;
  lots?: number;
  amountCents?: number;
  status?: DealStatus;
  updatedAt: string;
}

export interface DealStore {
  create(input: NewDeal): Promise<void>;
  findById(id: string): Promise<DealRecord | undefined>;
  /** Deals the user is staffed on, newest first. */
  listForUser(userId: string): Promise<DealRecord[]>;
  update(id: string, patch: DealPatch): Promise<void>;
  listParties(dealIds: string[]): Promise<DealPartyRecord[]>;
}

export interface StaffingStore {
  findRole(dealId: string, userId: string): Promise<StaffRecord | undefined>;
  /** Roles of a user on many deals at once. */
  listRolesForUser(userId: string, dealIds: string[]): Promise<StaffRecord[]>;
  list(dealId: string): Promise<StaffMemberRecord[]>;
  upsert(staff: StaffRecord): Promise<void>;
  remove(dealId: string, userId: string): Promise<void>;
}

export interface DeedStore {
  create(deed: DeedRecord): Promise<void>;
  findById(id: string): Promise<DeedRecord | undefined>;
  listByDeal(dealId: string): Promise<DeedRecord[]>;
  setSuggestionOnlyFor(id: string, kinds: OrgKind[], at: string): Promise<void>;
  /** Sets or clears the final lock. */
  setLock(id: string, lock: DeedLockRecord | null, at: string): Promise<void>;
}

export interface CommentThreadStatusChange {
  status: ThreadStatus;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export interface CommentStore {
  /** A new thread and the comment that opens it, in one transaction. */
  createThread(thread: CommentThreadRecord, first: CommentRecord): Promise<void>;
  findThread(id: string): Promise<CommentThreadRecord | undefined>;
  /** Threads of a deed that members of `orgId` may see (all-parties ones and their own org's), oldest first. */
  listVisibleThreads(deedId: string, orgId: string): Promise<CommentThreadRecord[]>;
  /** Comments of the threads, oldest first. */
  listComments(threadIds: string[]): Promise<CommentRecord[]>;
  findComment(id: string): Promise<CommentRecord | undefined>;
  addComment(comment: CommentRecord): Promise<void>;
  updateComment(id: string, change: { body: string; mentions: string[]; editedAt: string }): Promise<void>;
  /** Erases the text and mentions; the comment stays as a « deleted » placeholder. */
  deleteComment(id: string, deletedAt: string): Promise<void>;
  setThreadStatus(id: string, change: CommentThreadStatusChange): Promise<void>;
}

export interface DeedVersionStore {
  /** Gives the version the deed's next number and stores it, atomically. */
  create(version: Omit<DeedVersionRecord, 'number'>): Promise<DeedVersionRecord>;
  findById(id: string): Promise<DeedVersionRecord | undefined>;
  /** Versions of a deed without their content, newest first. */
  listByDeed(deedId: string): Promise<DeedVersionSummaryRecord[]>;
  findLatest(deedId: string): Promise<DeedVersionSummaryRecord | undefined>;
}

export interface DeedApprovalStore {
  /** Stores a party's approval; its current one, if any, is marked superseded in the same transaction. */
  create(approval: DeedApprovalRecord): Promise<void>;
  /** Every approval of a deed, withdrawn and superseded ones included, oldest first. */
  listByDeed(deedId: string): Promise<DeedApprovalRecord[]>;
  /** Withdraws the party's current approval; false when it had none. */
  withdraw(deedId: string, orgId: string, withdrawnBy: string, at: string): Promise<boolean>;
}

export interface DeedLockEventStore {
  append(event: DeedLockEventRecord): Promise<void>;
  /** Oldest first. */
  listByDeed(deedId: string): Promise<DeedLockEventRecord[]>;
}

/** Written by the update log in the append's transaction; read for the history panel. */
export interface DeedEditActivityStore {
  /** Oldest first. */
  listByDeed(deedId: string): Promise<DeedEditActivityRecord[]>;
}

export interface AuditStore {
  /** Appends one entry, chaining it to the last one; entries are serialised. */
  append(
    entry: AuditEntryInput,
    hashEntry: (entry: AuditEntryInput & { seq: number; prevHash: string }) => string,
  ): Promise<AuditRecord>;
  /** Entries in order, from `afterSeq` (exclusive), at most `limit`. */
  listAfter(afterSeq: number, limit: number): Promise<AuditRecord[]>;
}

export interface Stores {
  readonly dialect: 'sqlite' | 'postgres';
  orgs: OrgStore;
  users: UserStore;
  sessions: SessionStore;
  loginThrottle: LoginThrottleStore;
  deals: DealStore;
  staffing: StaffingStore;
  deeds: DeedStore;
  comments: CommentStore;
  audit: AuditStore;
  deedUpdates: DeedUpdateLog;
  deedVersions: DeedVersionStore;
  deedApprovals: DeedApprovalStore;
  deedLockEvents: DeedLockEventStore;
  deedEditActivity: DeedEditActivityStore;
  vault: VaultStore;
  vaultRequests: VaultRequestStore;
  workflow: WorkflowStore;
  notifications: NotificationStore;
  calendarFeeds: CalendarFeedStore;
  signatures: SignatureStore;
  /** A trivial round trip to the database (readiness). */
  ping(): Promise<void>;
  /** The PostgreSQL pool's connections, for metrics; undefined on SQLite. */
  poolStats(): { total: number; idle: number; waiting: number } | undefined;
  close(): Promise<void>;
}
