import type {
  DealRole,
  DealStatus,
  DeedKind,
  OrgKind,
  ThreadStatus,
  ThreadVisibility,
} from '@deedroom/shared';

/** Typed records the stores return; services work on these, never on raw rows. */
export interface OrgRecord {
  id: string;
  name: string;
  kind: OrgKind;
  createdAt: string;
}

export interface UserRecord {
  id: string;
  orgId: string;
  email: string;
  name: string;
  passwordHash: string;
  isAdmin: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserWithOrg extends UserRecord {
  orgName: string;
  orgKind: OrgKind;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface LoginThrottleRecord {
  email: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

export interface DealRecord {
  id: string;
  name: string;
  city: string;
  lots: number;
  amountCents: number;
  status: DealStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DealPartyRecord {
  dealId: string;
  orgId: string;
  name: string;
  kind: OrgKind;
}

export interface StaffRecord {
  dealId: string;
  userId: string;
  role: DealRole;
  addedBy: string;
  addedAt: string;
}

export interface StaffMemberRecord extends StaffRecord {
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
}

export interface DeedLockRecord {
  lockedAt: string;
  lockedBy: string;
  /** The approved version the deed was locked on. */
  versionId: string | null;
}

export interface DeedRecord {
  id: string;
  dealId: string;
  title: string;
  kind: DeedKind;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  suggestionOnlyFor: OrgKind[];
  lock: DeedLockRecord | null;
}

export interface CommentThreadRecord {
  id: string;
  deedId: string;
  dealId: string;
  visibility: ThreadVisibility;
  /** The author's organisation; the only one that sees an internal thread. */
  orgId: string;
  /** Base64 `Y.encodeRelativePosition` of each end, opaque to the server. */
  anchorFrom: string;
  anchorTo: string;
  quote: string;
  status: ThreadStatus;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdBy: string;
  createdAt: string;
}

export interface CommentRecord {
  id: string;
  threadId: string;
  authorId: string;
  /** Empty once deleted: a deleted comment keeps only its author and dates. */
  body: string;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface AuditEntryInput {
  at: string;
  actorId: string | null;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  dealId: string | null;
  target: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntryInput {
  seq: number;
  prevHash: string;
  hash: string;
}
