import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createId } from '../../create-id';
import type { SignatureRequestRecord } from '../../store/signature-records';
import type { ServiceDeps } from '../deps';

export interface FiledDocument {
  documentId: string;
  versionId: string;
  sha256: string;
}

/**
 * Puts a signed file into the deal's vault, filed « Garanties et sûretés » by the requester's
 * organisation and seen by every party. The vault treats it as read-only because a signature
 * request names it (`signatures.findBySignedDocument`): no new version, no re-filing.
 */
export async function fileSignedDocument(
  deps: ServiceDeps,
  request: SignatureRequestRecord,
  bytes: Buffer,
  fileName: string,
): Promise<FiledDocument> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const creator = await deps.stores.users.findById(request.createdBy);
  const orgId = creator?.orgId ?? '';
  const existing = await deps.stores.vault.findVersionBySha(request.dealId, orgId, sha256);
  if (existing) return { documentId: existing.documentId, versionId: existing.id, sha256 };
  const blob = await deps.blobs.put(Readable.from([bytes]));
  const now = deps.clock.now().toISOString();
  const documentId = createId();
  const versionId = createId();
  const stored = await deps.stores.vault.createDocument(
    {
      id: documentId,
      dealId: request.dealId,
      orgId,
      title: fileName,
      category: 'garanties',
      categorySource: 'person',
      categoryConfidence: null,
      visibility: 'all',
      requestId: null,
      currentVersionId: versionId,
      versionCount: 1,
      createdBy: request.createdBy,
      createdAt: now,
      updatedAt: now,
    },
    {
      id: versionId,
      documentId,
      dealId: request.dealId,
      orgId,
      number: 1,
      originalName: fileName,
      size: blob.size,
      mediaType: 'application/pdf',
      sha256,
      blobKey: blob.key,
      uploadedBy: request.createdBy,
      uploadedAt: now,
      analysisStatus: 'pending',
      metadata: { dates: [], sirens: [], amounts: [] },
    },
  );
  if (!stored) {
    await deps.blobs.delete(blob.key);
    const winner = await deps.stores.vault.findVersionBySha(request.dealId, orgId, sha256);
    if (winner) return { documentId: winner.documentId, versionId: winner.id, sha256 };
    throw new Error('Le document signé n’a pas pu être classé dans le coffre-fort.');
  }
  return { documentId, versionId, sha256 };
}

/** « GFA Les Tilleuls - signé.pdf » from the request's document name. */
export function signedFileName(documentName: string, suffix: string): string {
  const base = documentName.replace(/\.pdf$/i, '');
  return `${base} - ${suffix}.pdf`;
}
