import { z } from 'zod';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { IdSchema } from './common';

/** `all`: every party staffed on the deal; `internal`: only the author's organisation. */
export const THREAD_VISIBILITIES = ['all', 'internal'] as const;
export type ThreadVisibility = (typeof THREAD_VISIBILITIES)[number];

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** Standard base64 (what `lib0`/`btoa` produce), padded: the server never decodes it. */
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const AnchorEndSchema = z
  .string()
  .min(4)
  .max(LIMITS.commentAnchorMaxLength)
  .regex(BASE64_PATTERN, 'position d’ancrage invalide (base64 attendu)');

/**
 * Where a thread sits in the deed: both ends are `Y.encodeRelativePosition` in base64, so they
 * follow the text through everyone's edits. Opaque to the server.
 */
export const CommentAnchorSchema = z.strictObject({ from: AnchorEndSchema, to: AnchorEndSchema });
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

/** Plain text; surrounding blanks are dropped, and nothing but blanks is refused. */
export const CommentBodySchema = z
  .string()
  .trim()
  .min(1, 'Le commentaire est vide.')
  .max(LIMITS.commentBodyMaxLength, `Au plus ${LIMITS.commentBodyMaxLength} caractères.`);

/** User ids of the people mentioned (staffed on the deal and able to see the thread). */
export const MentionListSchema = z
  .array(IdSchema)
  .max(LIMITS.commentMentionsMax, `Au plus ${LIMITS.commentMentionsMax} mentions par commentaire.`)
  .default([]);

export const CreateThreadRequestSchema = z.strictObject({
  anchor: CommentAnchorSchema,
  /** The anchored text as it reads now (the web app cuts it to the limit). */
  quote: z.string().max(LIMITS.commentQuoteMaxLength),
  visibility: z.enum(THREAD_VISIBILITIES),
  body: CommentBodySchema,
  mentions: MentionListSchema,
});
export type CreateThreadRequest = z.input<typeof CreateThreadRequestSchema>;

export const CommentRequestSchema = z.strictObject({
  body: CommentBodySchema,
  mentions: MentionListSchema,
});
/** A reply, or the new text of one's own comment. */
export type CommentRequest = z.input<typeof CommentRequestSchema>;

/** Someone as comments show them: name and organisation. */
export const CommentPersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  orgName: z.string(),
  orgKind: z.enum(ORG_KINDS),
});
export type CommentPerson = z.infer<typeof CommentPersonSchema>;

export const DeedCommentSchema = z.object({
  id: IdSchema,
  threadId: IdSchema,
  author: CommentPersonSchema,
  /** Null once deleted (the web app shows « Commentaire supprimé »). */
  body: z.string().nullable(),
  mentions: z.array(CommentPersonSchema),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type DeedComment = z.infer<typeof DeedCommentSchema>;

export const CommentThreadSchema = z.object({
  id: IdSchema,
  deedId: IdSchema,
  visibility: z.enum(THREAD_VISIBILITIES),
  /** The author's organisation: the only one that sees an internal thread. */
  org: z.object({ id: IdSchema, name: z.string(), kind: z.enum(ORG_KINDS) }),
  anchor: z.object({ from: z.string(), to: z.string() }),
  quote: z.string(),
  status: z.enum(THREAD_STATUSES),
  resolvedBy: CommentPersonSchema.nullable(),
  resolvedAt: z.string().nullable(),
  createdBy: CommentPersonSchema,
  createdAt: z.string(),
  /** Oldest first; the first one opened the thread. */
  comments: z.array(DeedCommentSchema),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

export const CommentThreadListSchema = z.object({ threads: z.array(CommentThreadSchema) });
