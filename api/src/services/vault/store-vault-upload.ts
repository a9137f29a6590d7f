import { AppError } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { VaultDocumentRecord, VaultVersionRecord } from '../../store/vault-records';
import { hashFile } from '../../vault/hash-file';
import { sniffMediaType } from '../../vault/sniff-media-type';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import type { VaultUploadPlan } from './authorize-vault-upload';
import { loadVaultDocumentView, type VaultDocumentView } from './load-vault-document-views';
import { isVisibleTo, vaultDocumentNotFound } from './require-vault-document';

export interface FinishedUpload {
  uploadId: string;
  /** The complete file on the server's disk; the blob store takes it over. */
  filePath: string;
  size: number;
  plan: VaultUploadPlan;
}

export interface StoredUpload {
  view: VaultDocumentView;
  isDuplicate: boolean;
}

const EMPTY_METADATA = { dates: [], sirens: [], amounts: [] };

/**
 * Turns a finished upload into a document (or a new version of one): one streamed pass for the
 * SHA-256, the media type read from the content, an identical file of the same organisation in
 * the deal answered instead of stored twice, the file moved into the blob store, then the rows.
 * The analysis runner picks the version up later ('pending'). Throws (and stores nothing) when
 * the content is refused; the caller deletes the upload.
 */
export async function storeVaultUpload(
  deps: ServiceDeps,
  actor: Actor,
  upload: FinishedUpload,
): Promise<StoredUpload> {
  const { plan } = upload;
  // Access may have been withdrawn while the bytes were on their way.
  await requireDealAccess(deps, actor, plan.dealId, 'vault.upload');
  const mediaType = await sniffMediaType(upload.filePath, upload.size, plan.filename);
  const sha256 = await hashFile(upload.filePath);
  const orgId = actor.user.orgId;

  const existing = await deps.stores.vault.findVersionBySha(plan.dealId, orgId, sha256);
  if (existing) return answerDuplicate(deps, actor, upload, existing.documentId);

  const now = deps.clock.now().toISOString();
  const target = plan.documentId ? await deps.stores.vault.findDocument(plan.documentId) : undefined;
  if (plan.documentId && (!target || !isVisibleTo(target, orgId))) throw vaultDocumentNotFound();

  const blob = await deps.blobs.adoptFile(upload.filePath);
  const version: VaultVersionRecord = {
    id: createId(),
    documentId: target?.id ?? createId(),
    dealId: plan.dealId,
    orgId,
    number: 1,
    originalName: plan.filename,
    size: blob.size,
    mediaType,
    sha256,
    blobKey: blob.key,
    uploadedBy: actor.user.id,
    uploadedAt: now,
    analysisStatus: 'pending',
    metadata: EMPTY_METADATA,
  };
  let stored: boolean;
  if (target) {
    stored = (await deps.stores.vault.addVersion(version, now)) !== undefined;
  } else {
    const document: VaultDocumentRecord = {
      id: version.documentId,
      dealId: plan.dealId,
      orgId,
      title: plan.filename,
      category: null,
      categorySource: 'pending',
      categoryConfidence: null,
      visibility: plan.visibility,
      requestId: plan.requestId,
      currentVersionId: version.id,
      versionCount: 1,
      createdBy: actor.user.id,
      createdAt: now,
      updatedAt: now,
    };
    stored = await deps.stores.vault.createDocument(document, version);
  }
  if (!stored) {
    // A concurrent upload of the same bytes won the race: keep its document, drop ours.
    await deps.blobs.delete(blob.key);
    const winner = await deps.stores.vault.findVersionBySha(plan.dealId, orgId, sha256);
    if (!winner) throw new AppError('CONFLICT', 'Téléversement concurrent, réessayez.');
    return answerDuplicate(deps, actor, upload, winner.documentId);
  }
  if (plan.requestId) await answerRequest(deps, plan.requestId, version.documentId, now);
  await deps.stores.vault.recordUpload({
    uploadId: upload.uploadId,
    dealId: plan.dealId,
    userId: actor.user.id,
    documentId: version.documentId,
    isDuplicate: false,
    finishedAt: now,
  });
  await recordAudit(deps, {
    action: target ? 'vault.version.create' : 'vault.document.create',
    actor,
    dealId: plan.dealId,
    target: `vault-version:${version.id}`,
    detail: { documentId: version.documentId, size: version.size, mediaType, sha256 },
  });
  const document = await deps.stores.vault.findDocument(version.documentId);
  if (!document) throw vaultDocumentNotFound();
  return { view: await loadVaultDocumentView(deps, document), isDuplicate: false };
}

async function answerRequest(deps: ServiceDeps, requestId: string, documentId: string, now: string) {
  const request = await deps.stores.vaultRequests.findById(requestId);
  if (!request || request.status === 'accepted') return;
  await deps.stores.vaultRequests.update(requestId, {
    status: 'received',
    documentId,
    rejectionReason: null,
    decidedAt: null,
    decidedBy: null,
  });
  // The document carries the request it answers (the latest one).
  await deps.stores.vault.updateDocument(documentId, { requestId, updatedAt: now });
}

async function answerDuplicate(
  deps: ServiceDeps,
  actor: Actor,
  upload: FinishedUpload,
  documentId: string,
): Promise<StoredUpload> {
  const document = await deps.stores.vault.findDocument(documentId);
  if (!document) throw vaultDocumentNotFound();
  const now = deps.clock.now().toISOString();
  if (upload.plan.requestId) await answerRequest(deps, upload.plan.requestId, document.id, now);
  await deps.stores.vault.recordUpload({
    uploadId: upload.uploadId,
    dealId: document.dealId,
    userId: actor.user.id,
    documentId: document.id,
    isDuplicate: true,
    finishedAt: now,
  });
  await recordAudit(deps, {
    action: 'vault.upload.duplicate',
    actor,
    dealId: document.dealId,
    target: `vault-document:${document.id}`,
    detail: { size: upload.size },
  });
  const fresh = (await deps.stores.vault.findDocument(document.id)) ?? document;
  return { view: await loadVaultDocumentView(deps, fresh), isDuplicate: true };
}
