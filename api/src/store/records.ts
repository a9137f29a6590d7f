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

/** A named version of a deed: its content frozen at that moment, with the content's hash. */
export interface DeedVersionRecord {
  id: string;
  deedId: string;
  /** 1, 2, 3... per deed. */
  number: number;
  name: string;
  note: string;
  kind: import('@deedroom/shared').DeedVersionKind;
  /** SHA-256 hex of the canonical JSON of the ProseMirror document. */
  contentHash: string;
  /** The ProseMirror document, as JSON text. */
  contentJson: string;
  /** The Yjs state of the deed body. */
  state: Uint8Array;
  createdBy: string;
  createdAt: string;
  /** The version this one restored (kind `restore`). */
  restoredFrom: string | null;
}

/** A version without its (possibly large) content. */
export type DeedVersionSummaryRecord = Omit<DeedVersionRecord, 'contentJson' | 'state'>;

/** One party's « Bon pour accord » on a version of a deed, until withdrawn. */
export interface DeedApprovalRecord {
  id: string;
  deedId: string;
  orgId: string;
  versionId: string;
  contentHash: string;
  approvedBy: string;
  approvedAt: string;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
  /** The same party's later approval that replaced this one. */
  supersededBy: string | null;
}

export interface DeedLockEventRecord {
  id: string;
  deedId: string;
  action: 'lock' | 'unlock';
  userId: string;
  at: string;
  versionId: string | null;
  /** Required to unlock. */
  reason: string | null;
}

/** How much one person edited a deed within a 10-minute bucket. */
export interface DeedEditActivityRecord {
  deedId: string;
  userId: string;
  bucketStart: string;
  firstAt: string;
  lastAt: string;
  updateCount: number;
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
