import { z } from 'zod';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { IdSchema } from './common';
import { DeedVersionRefSchema, PersonRefSchema } from './versions';

/**
 * « Bon pour accord »: each party of the deal (the bank, the developer, the notary) approves a
 * version of the deed. An approval records the version's content hash, so any later change to
 * the text shows it as stale. Once every party approved the same text, the deed may be locked.
 */
export const DeedApprovalSchema = z.object({
  id: IdSchema,
  version: DeedVersionRefSchema,
  contentHash: z.string(),
  approvedBy: PersonRefSchema,
  approvedAt: z.string(),
});
export type DeedApproval = z.infer<typeof DeedApprovalSchema>;

export const DeedPartyApprovalSchema = z.object({
  org: z.object({ id: IdSchema, name: z.string(), kind: z.enum(ORG_KINDS) }),
  /** The party's current approval; null while it has not approved (or withdrew). */
  approval: DeedApprovalSchema.nullable(),
  /** The text changed since this approval. */
  isStale: z.boolean(),
  /** The caller's own organisation. */
  isMine: z.boolean(),
});
export type DeedPartyApproval = z.infer<typeof DeedPartyApprovalSchema>;

export const ARTICLE_APPROVAL_STATUSES = ['approved', 'changed'] as const;
export type ArticleApprovalStatus = (typeof ARTICLE_APPROVAL_STATUSES)[number];

/**
 * `approved`: the article reads the same in every party's approved version and now;
 * `changed`: it read the same in every approved version but was changed since.
 */
export const ArticleApprovalSchema = z.object({
  number: z.string(),
  title: z.string(),
  status: z.enum(ARTICLE_APPROVAL_STATUSES),
});
export type ArticleApproval = z.infer<typeof ArticleApprovalSchema>;

export const DeedApprovalsSchema = z.object({
  parties: z.array(DeedPartyApprovalSchema),
  /** Hash of the deed's text now. */
  currentHash: z.string(),
  /** Every party approved the current text and the deed is not locked yet. */
  canLock: z.boolean(),
  /** Why the deed cannot be locked yet, in French (null when it can, or is locked). */
  lockBlocker: z.string().nullable(),
  isLocked: z.boolean(),
  /** Articles of the current text, only when every party has approved some version. */
  articles: z.array(ArticleApprovalSchema),
});
export type DeedApprovals = z.infer<typeof DeedApprovalsSchema>;

export const ApproveDeedRequestSchema = z.strictObject({
  /** The version approved; without it, the current text (saved as a version when needed). */
  versionId: IdSchema.optional(),
});
export type ApproveDeedRequest = z.infer<typeof ApproveDeedRequestSchema>;

export const UnlockDeedRequestSchema = z.strictObject({
  reason: z.string().trim().min(LIMITS.unlockReasonMinLength).max(LIMITS.unlockReasonMaxLength),
});
export type UnlockDeedRequest = z.infer<typeof UnlockDeedRequestSchema>;
