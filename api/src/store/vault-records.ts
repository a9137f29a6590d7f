import type {
  CategorySource,
  DocumentCategory,
  VaultAnalysisStatus,
  VaultMetadata,
  VaultRequestStatus,
  VaultVisibility,
} from '@deedroom/shared';

/** A document of a deal's vault; its bytes are in its versions. */
export interface VaultDocumentRecord {
  id: string;
  dealId: string;
  /** The uploader's organisation: the only one that sees an internal document. */
  orgId: string;
  title: string;
  category: DocumentCategory | null;
  categorySource: CategorySource;
  categoryConfidence: number | null;
  visibility: VaultVisibility;
  requestId: string | null;
  currentVersionId: string;
  versionCount: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface VaultVersionRecord {
  id: string;
  documentId: string;
  dealId: string;
  orgId: string;
  number: number;
  originalName: string;
  size: number;
  mediaType: string;
  sha256: string;
  /** The blob store's key (server-generated). */
  blobKey: string;
  uploadedBy: string;
  uploadedAt: string;
  analysisStatus: VaultAnalysisStatus;
  metadata: VaultMetadata;
}

/** Where a finished tus upload landed. */
export interface VaultUploadRecord {
  uploadId: string;
  dealId: string;
  userId: string;
  documentId: string;
  isDuplicate: boolean;
  finishedAt: string;
}

export interface VaultRequestRecord {
  id: string;
  dealId: string;
  category: DocumentCategory;
  description: string;
  dueDate: string | null;
  mandatory: boolean;
  status: VaultRequestStatus;
  rejectionReason: string | null;
  documentId: string | null;
  /** Null for the default checklist a deal starts with. */
  createdBy: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface VaultCategoryCorrectionRecord {
  id: string;
  documentId: string;
  versionId: string;
  fromCategory: DocumentCategory | null;
  fromSource: CategorySource;
  toCategory: DocumentCategory;
  correctedBy: string;
  correctedAt: string;
}
