import type {
  SignatureEventKind,
  SignatureProviderKind,
  SignatureRequestStatus,
  SignatureSourceKind,
  SignerStatus,
} from '@deedroom/shared';

/** A provider call still to be made: sending the envelope, or fetching the signed document. */
export type SignaturePendingStep = 'send' | 'complete';

export interface SignatureRequestRecord {
  id: string;
  dealId: string;
  title: string;
  sourceKind: SignatureSourceKind;
  /** The deed (deed version) or the vault document (vault version). */
  sourceId: string;
  sourceVersionId: string;
  documentName: string;
  /** The PDF submitted to signature, in the blob store. */
  documentBlobKey: string;
  documentSha256: string;
  provider: SignatureProviderKind;
  envelopeId: string | null;
  status: SignatureRequestStatus;
  message: string;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  cancelReason: string | null;
  pendingStep: SignaturePendingStep | null;
  attempts: number;
  nextAttemptAt: string | null;
  errorMessage: string | null;
  signedDocumentId: string | null;
  signedVersionId: string | null;
  signedSha256: string | null;
  /** The provider's certificate of completion in the vault, when it issues one. */
  certificateDocumentId: string | null;
}

export interface SignatureSignerRecord {
  requestId: string;
  userId: string;
  /** 1, 2, 3…: the signing order. */
  position: number;
  name: string;
  email: string;
  anchor: string;
  status: SignerStatus;
  viewedAt: string | null;
  signedAt: string | null;
  signedIp: string | null;
  declinedAt: string | null;
  declineReason: string | null;
}

export interface SignatureEventRecord {
  id: string;
  requestId: string;
  dealId: string;
  at: string;
  actorId: string | null;
  kind: SignatureEventKind;
  summary: string;
  ip: string | null;
  detail: Record<string, unknown>;
}
