import type { CategorySource, DocumentCategory, VaultMetadata, VaultVisibility } from '@deedroom/shared';
import type {
  VaultCategoryCorrectionRecord,
  VaultDocumentRecord,
  VaultRequestRecord,
  VaultUploadRecord,
  VaultVersionRecord,
} from './vault-records';

export interface VaultDocumentFilter {
  dealId: string;
  /** Members of this organisation see all-parties documents and their own internal ones. */
  viewerOrgId: string;
  category?: DocumentCategory;
  /** Matched (case-insensitive, as a substring) against titles, file names and extracted text. */
  text?: string;
}

export interface VaultAnalysisResult {
  text: string;
  metadata: VaultMetadata;
  category: DocumentCategory;
  confidence: number;
  /** 'predicted' or 'to_review'; ignored when a person already filed the document. */
  source: CategorySource;
}

/** Documents, versions and finished uploads of the vault. */
export interface VaultStore {
  /**
   * A new document and its first version, in one transaction; returns false (and writes nothing)
   * when the organisation already holds a version with the same SHA-256 in that deal.
   */
  createDocument(document: VaultDocumentRecord, version: VaultVersionRecord): Promise<boolean>;
  /** Adds a version and makes it current, atomically; false when the deal already holds those bytes. */
  addVersion(
    version: Omit<VaultVersionRecord, 'number'>,
    at: string,
  ): Promise<VaultVersionRecord | undefined>;
  findDocument(id: string): Promise<VaultDocumentRecord | undefined>;
  listDocuments(filter: VaultDocumentFilter): Promise<VaultDocumentRecord[]>;
  findVersion(id: string): Promise<VaultVersionRecord | undefined>;
  /** Versions of the documents, newest first within each. */
  listVersions(documentIds: string[]): Promise<VaultVersionRecord[]>;
  findVersionBySha(dealId: string, orgId: string, sha256: string): Promise<VaultVersionRecord | undefined>;
  readText(versionId: string): Promise<string>;
  updateDocument(
    id: string,
    patch: {
      category?: DocumentCategory;
      categorySource?: CategorySource;
      categoryConfidence?: number | null;
      visibility?: VaultVisibility;
      requestId?: string | null;
      updatedAt: string;
    },
  ): Promise<void>;
  addCorrection(correction: VaultCategoryCorrectionRecord): Promise<void>;
  listCorrections(): Promise<VaultCategoryCorrectionRecord[]>;
  /**
   * Claims the oldest version waiting for analysis that no node holds (or whose claim lapsed
   * before `now`) until `claimUntil`; undefined when there is none.
   */
  claimPendingAnalysis(now: string, claimUntil: string): Promise<VaultVersionRecord | undefined>;
  /** Versions waiting for analysis, claimed or not (a queue depth). */
  countPendingAnalyses(): Promise<number>;
  /**
   * Stores an analysis; when the version is its document's current one and no person filed the
   * document, the document takes the predicted category.
   */
  completeAnalysis(versionId: string, result: VaultAnalysisResult, at: string): Promise<void>;
  /** Marks the analysis failed; a document still waiting for a category goes « à vérifier ». */
  failAnalysis(versionId: string, at: string): Promise<void>;
  recordUpload(upload: VaultUploadRecord): Promise<void>;
  findUpload(uploadId: string): Promise<VaultUploadRecord | undefined>;
}

export interface VaultRequestStore {
  createMany(requests: VaultRequestRecord[]): Promise<void>;
  findById(id: string): Promise<VaultRequestRecord | undefined>;
  /** Oldest first. */
  listByDeal(dealId: string): Promise<VaultRequestRecord[]>;
  update(
    id: string,
    patch: Partial<
      Pick<VaultRequestRecord, 'status' | 'rejectionReason' | 'documentId' | 'decidedAt' | 'decidedBy'>
    >,
  ): Promise<void>;
}
