import { z } from 'zod';
import { LIMITS } from '../limits';
import { CATEGORY_SOURCES, DOCUMENT_CATEGORIES } from '../vault/document-categories';
import { IdSchema } from './common';

/*
 * The deal vault's HTTP API (issue 5). Every route goes through the deal's wall: a document,
 * request or deal the caller may not see answers 404.
 *
 * Uploads (tus 1.0.0: creation, creation-with-upload, termination, expiration):
 *   POST   /api/vault/uploads                         create; `Upload-Length` > 0 and
 *          `Upload-Metadata`: dealId, filename, and optionally documentId (a new version of that
 *          document), requestId (answers that checklist request), visibility ('all' | 'internal')
 *   HEAD   /api/vault/uploads/{uploadId}              `Upload-Offset` for a resume
 *   PATCH  /api/vault/uploads/{uploadId}              bytes at `Upload-Offset`
 *   DELETE /api/vault/uploads/{uploadId}              abandon
 *   GET    /api/vault/uploads/{uploadId}/document     → VaultUploadResult once finished
 *   Auth: the session cookie; POST/PATCH/DELETE also send `X-CSRF-Token` (tus-js-client
 *   `headers`). Refusals answer `{ error: { code, message } }` with the code's HTTP status.
 *
 * Documents:
 *   GET   /api/deals/{dealId}/vault/documents?category=&q=     → VaultDocumentList
 *   GET   /api/vault/documents/{documentId}                    → VaultDocumentDetail
 *   PATCH /api/vault/documents/{documentId}                    PatchVaultDocumentRequest → VaultDocumentDetail
 *   GET   /api/vault/documents/{documentId}/versions/{versionId}/content?disposition=inline|attachment
 *         the bytes (Range supported, 206/416), audited
 *   GET   /api/vault/documents/{documentId}/versions/{versionId}/text → VaultVersionText
 *
 * Requests (the bank's checklist):
 *   GET  /api/deals/{dealId}/vault/requests                   → VaultRequestList
 *   POST /api/deals/{dealId}/vault/requests                   CreateVaultRequestRequest → VaultRequest
 *   POST /api/vault/requests/{requestId}/decision             DecideVaultRequestRequest → VaultRequest
 */

export const VAULT_VISIBILITIES = ['all', 'internal'] as const;
/** `all`: every party staffed on the deal; `internal`: only the uploader's organisation. */
export type VaultVisibility = (typeof VAULT_VISIBILITIES)[number];

export const VAULT_ANALYSIS_STATUSES = ['pending', 'done', 'failed'] as const;
export type VaultAnalysisStatus = (typeof VAULT_ANALYSIS_STATUSES)[number];

export const VAULT_REQUEST_STATUSES = ['missing', 'received', 'accepted', 'rejected'] as const;
export type VaultRequestStatus = (typeof VAULT_REQUEST_STATUSES)[number];

export const DocumentCategorySchema = z.enum(DOCUMENT_CATEGORIES);

export const VaultPersonSchema = z.object({ id: IdSchema, name: z.string(), orgName: z.string() });
export type VaultPerson = z.infer<typeof VaultPersonSchema>;

/** What extraction picked up: ISO dates (YYYY-MM-DD), 9-digit SIRENs, amounts in euros. */
export const VaultMetadataSchema = z.object({
  dates: z.array(z.string()),
  sirens: z.array(z.string()),
  amounts: z.array(z.number()),
});
export type VaultMetadata = z.infer<typeof VaultMetadataSchema>;

export const VaultVersionSchema = z.object({
  id: IdSchema,
  /** 1 for the first upload, then 2, 3... */
  number: z.number().int().min(1),
  originalName: z.string(),
  size: z.number().int().min(0),
  /** Sniffed from the content, never taken from the client. */
  mediaType: z.string(),
  sha256: z.string(),
  uploadedBy: VaultPersonSchema,
  uploadedAt: z.string(),
  analysisStatus: z.enum(VAULT_ANALYSIS_STATUSES),
  metadata: VaultMetadataSchema,
});
export type VaultVersion = z.infer<typeof VaultVersionSchema>;

export const VaultDocumentSchema = z.object({
  id: IdSchema,
  dealId: IdSchema,
  /** The current version's file name. */
  title: z.string(),
  /** Null until the classifier or a person files it. */
  category: DocumentCategorySchema.nullable(),
  categorySource: z.enum(CATEGORY_SOURCES),
  /** The classifier's confidence (0..1) for `category`; null when a person set it or pending. */
  categoryConfidence: z.number().nullable(),
  visibility: z.enum(VAULT_VISIBILITIES),
  /** The uploading organisation (the only one that sees an internal document). */
  orgId: IdSchema,
  orgName: z.string(),
  /** The checklist request this document answers, if any. */
  requestId: IdSchema.nullable(),
  currentVersion: VaultVersionSchema,
  versionCount: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VaultDocument = z.infer<typeof VaultDocumentSchema>;

export const VaultDocumentDetailSchema = VaultDocumentSchema.extend({
  /** Newest first. */
  versions: z.array(VaultVersionSchema),
});
export type VaultDocumentDetail = z.infer<typeof VaultDocumentDetailSchema>;

export const VaultDocumentListSchema = z.object({ documents: z.array(VaultDocumentSchema) });
export type VaultDocumentList = z.infer<typeof VaultDocumentListSchema>;

export const VaultDocumentQuerySchema = z.object({
  category: DocumentCategorySchema.optional(),
  q: z.string().trim().max(LIMITS.searchQueryMaxLength).optional(),
});
export type VaultDocumentQuery = z.infer<typeof VaultDocumentQuerySchema>;

/** A category correction (kept for retraining) and/or a visibility change. */
export const PatchVaultDocumentRequestSchema = z
  .strictObject({
    category: DocumentCategorySchema.optional(),
    visibility: z.enum(VAULT_VISIBILITIES).optional(),
  })
  .refine((body) => body.category !== undefined || body.visibility !== undefined, {
    message: 'Rien à modifier.',
  });
export type PatchVaultDocumentRequest = z.input<typeof PatchVaultDocumentRequestSchema>;

export const VaultContentQuerySchema = z.object({
  disposition: z.enum(['inline', 'attachment']).default('attachment'),
});

export const VaultVersionTextSchema = z.object({
  /** Empty while the analysis is pending, or when nothing could be extracted. */
  text: z.string(),
  analysisStatus: z.enum(VAULT_ANALYSIS_STATUSES),
});
export type VaultVersionText = z.infer<typeof VaultVersionTextSchema>;

/** Where a finished upload landed; `isDuplicate` when the same bytes were already in the deal. */
export const VaultUploadResultSchema = z.object({
  document: VaultDocumentSchema,
  isDuplicate: z.boolean(),
});
export type VaultUploadResult = z.infer<typeof VaultUploadResultSchema>;

export const VaultRequestSchema = z.object({
  id: IdSchema,
  dealId: IdSchema,
  category: DocumentCategorySchema,
  description: z.string(),
  dueDate: z.string().nullable(),
  mandatory: z.boolean(),
  status: z.enum(VAULT_REQUEST_STATUSES),
  rejectionReason: z.string().nullable(),
  /** The document that answered it last. */
  documentId: IdSchema.nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: VaultPersonSchema.nullable(),
});
export type VaultRequest = z.infer<typeof VaultRequestSchema>;

export const VaultRequestListSchema = z.object({ requests: z.array(VaultRequestSchema) });
export type VaultRequestList = z.infer<typeof VaultRequestListSchema>;

export const CreateVaultRequestRequestSchema = z.strictObject({
  category: DocumentCategorySchema,
  description: z.string().trim().min(1).max(LIMITS.vaultRequestDescriptionMaxLength),
  /** A calendar date, YYYY-MM-DD. */
  dueDate: z.iso.date().nullable().default(null),
  mandatory: z.boolean().default(true),
});
export type CreateVaultRequestRequest = z.input<typeof CreateVaultRequestRequestSchema>;

export const DecideVaultRequestRequestSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept') }),
  z.strictObject({
    decision: z.literal('reject'),
    reason: z.string().trim().min(1).max(LIMITS.vaultRejectionReasonMaxLength),
  }),
]);
export type DecideVaultRequestRequest = z.infer<typeof DecideVaultRequestRequestSchema>;
