import { z } from 'zod';
import { IdSchema } from './common';

/** Where a signature request's document comes from: a locked deed version or a vault PDF. */
export const SIGNATURE_SOURCE_KINDS = ['deed_version', 'vault_version'] as const;
export type SignatureSourceKind = (typeof SIGNATURE_SOURCE_KINDS)[number];

export const SIGNATURE_REQUEST_STATUSES = [
  'in_progress',
  'completed',
  'declined',
  'cancelled',
  'expired',
  'error',
] as const;
export type SignatureRequestStatus = (typeof SIGNATURE_REQUEST_STATUSES)[number];

export const SIGNATURE_REQUEST_STATUS_LABELS: Record<SignatureRequestStatus, string> = {
  in_progress: 'En cours',
  completed: 'Terminée',
  declined: 'Refusée',
  cancelled: 'Annulée',
  expired: 'Expirée',
  error: 'Erreur',
};

export const SIGNER_STATUSES = ['sent', 'viewed', 'signed', 'declined', 'expired'] as const;
export type SignerStatus = (typeof SIGNER_STATUSES)[number];

export const SIGNER_STATUS_LABELS: Record<SignerStatus, string> = {
  sent: 'Envoyé',
  viewed: 'Consulté',
  signed: 'Signé',
  declined: 'Refusé',
  expired: 'Expiré',
};

export const SIGNATURE_EVENT_KINDS = [
  'created',
  'sent',
  'viewed',
  'signed',
  'declined',
  'cancelled',
  'completed',
  'expired',
  'reminded',
  'provider_error',
] as const;
export type SignatureEventKind = (typeof SIGNATURE_EVENT_KINDS)[number];

export const SIGNATURE_PROVIDER_KINDS = ['builtin', 'docusign'] as const;
export type SignatureProviderKind = (typeof SIGNATURE_PROVIDER_KINDS)[number];

export const SIGNATURE_LIMITS = {
  maxSigners: 10,
  messageMaxLength: 2_000,
  titleMaxLength: 200,
  reasonMaxLength: 500,
  /** The furthest expiry a request may be given, in days. */
  maxExpiryDays: 365,
} as const;

export const CreateSignatureRequestSchema = z.object({
  title: z.string().trim().min(1).max(SIGNATURE_LIMITS.titleMaxLength),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('deed_version'), deedId: IdSchema, versionId: IdSchema }),
    z.object({ kind: z.literal('vault_version'), documentId: IdSchema, versionId: IdSchema }),
  ]),
  /** In signing order (the first signs first). */
  signers: z
    .array(z.object({ userId: IdSchema }))
    .min(1)
    .max(SIGNATURE_LIMITS.maxSigners),
  message: z.string().trim().max(SIGNATURE_LIMITS.messageMaxLength).default(''),
  /** ISO date-time, in the future. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreateSignatureRequest = z.infer<typeof CreateSignatureRequestSchema>;

export const SignDocumentRequestSchema = z.object({ password: z.string().min(1).max(200) });
export type SignDocumentRequest = z.infer<typeof SignDocumentRequestSchema>;

export const SignatureReasonRequestSchema = z.object({
  reason: z.string().trim().min(3).max(SIGNATURE_LIMITS.reasonMaxLength),
});
export type SignatureReasonRequest = z.infer<typeof SignatureReasonRequestSchema>;

export const SignerViewSchema = z.object({
  userId: IdSchema,
  name: z.string(),
  email: z.string(),
  orgName: z.string(),
  order: z.number().int(),
  anchor: z.string(),
  status: z.enum(SIGNER_STATUSES),
  viewedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  signedIp: z.string().nullable(),
  declinedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
});
export type SignerView = z.infer<typeof SignerViewSchema>;

export const SignatureEventViewSchema = z.object({
  id: IdSchema,
  at: z.string(),
  kind: z.enum(SIGNATURE_EVENT_KINDS),
  actorName: z.string().nullable(),
  /** In French, ready to show. */
  summary: z.string(),
  ip: z.string().nullable(),
});
export type SignatureEventView = z.infer<typeof SignatureEventViewSchema>;

export const SignatureRequestViewSchema = z.object({
  id: IdSchema,
  dealId: IdSchema,
  title: z.string(),
  sourceKind: z.enum(SIGNATURE_SOURCE_KINDS),
  /** The deed (for a deed version) or vault document the PDF was made from. */
  sourceId: IdSchema,
  sourceVersionId: IdSchema,
  documentName: z.string(),
  /** SHA-256 of the PDF submitted to signature. */
  documentSha256: z.string(),
  provider: z.enum(SIGNATURE_PROVIDER_KINDS),
  envelopeId: z.string().nullable(),
  status: z.enum(SIGNATURE_REQUEST_STATUSES),
  message: z.string(),
  expiresAt: z.string(),
  createdBy: z.object({ id: IdSchema, name: z.string() }),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  errorMessage: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  signed: z.object({ documentId: IdSchema, versionId: IdSchema, sha256: z.string() }).nullable(),
  signers: z.array(SignerViewSchema),
  /** The signer whose turn it is, if any. */
  currentSignerId: IdSchema.nullable(),
});
export type SignatureRequestView = z.infer<typeof SignatureRequestViewSchema>;

export const SignatureRequestDetailSchema = SignatureRequestViewSchema.extend({
  events: z.array(SignatureEventViewSchema),
});
export type SignatureRequestDetail = z.infer<typeof SignatureRequestDetailSchema>;

export const SignatureRequestListSchema = z.object({
  requests: z.array(SignatureRequestViewSchema),
  provider: z.enum(SIGNATURE_PROVIDER_KINDS),
});
export type SignatureRequestList = z.infer<typeof SignatureRequestListSchema>;

/** What a bank person may put to signature in a deal, and who may sign. */
export const SignatureSourcesSchema = z.object({
  deedVersions: z.array(
    z.object({
      deedId: IdSchema,
      deedTitle: z.string(),
      versionId: IdSchema,
      versionName: z.string(),
      lockedAt: z.string(),
    }),
  ),
  vaultPdfs: z.array(
    z.object({
      documentId: IdSchema,
      versionId: IdSchema,
      title: z.string(),
      category: z.string().nullable(),
      uploadedAt: z.string(),
    }),
  ),
  signers: z.array(z.object({ userId: IdSchema, name: z.string(), orgName: z.string(), role: z.string() })),
});
export type SignatureSources = z.infer<typeof SignatureSourcesSchema>;

export const SigningUrlSchema = z.object({ url: z.string().nullable() });
export type SigningUrl = z.infer<typeof SigningUrlSchema>;
