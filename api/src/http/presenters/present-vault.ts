import type { VaultDocument, VaultDocumentDetail, VaultRequest, VaultVersion } from '@deedroom/shared';
import type { VaultDocumentView } from '../../services/vault/load-vault-document-views';
import type { VaultRequestView } from '../../services/vault/load-vault-request-views';
import type { VaultVersionRecord } from '../../store/vault-records';

function presentVersion(view: VaultDocumentView, v: VaultVersionRecord): VaultVersion {
  return {
    id: v.id,
    number: v.number,
    originalName: v.originalName,
    size: v.size,
    mediaType: v.mediaType,
    sha256: v.sha256,
    uploadedBy: view.people.get(v.uploadedBy) ?? {
      id: v.uploadedBy,
      name: 'Utilisateur inconnu',
      orgName: '',
    },
    uploadedAt: v.uploadedAt,
    analysisStatus: v.analysisStatus,
    metadata: v.metadata,
  };
}

export function presentVaultDocument(view: VaultDocumentView): VaultDocument {
  const d = view.document;
  const current = view.versions.find((v) => v.id === d.currentVersionId) ?? view.versions[0];
  if (!current) throw new Error(`document ${d.id} has no version`);
  return {
    id: d.id,
    dealId: d.dealId,
    title: d.title,
    category: d.category,
    categorySource: d.categorySource,
    categoryConfidence: d.categoryConfidence,
    visibility: d.visibility,
    orgId: d.orgId,
    orgName: view.orgName,
    requestId: d.requestId,
    currentVersion: presentVersion(view, current),
    versionCount: d.versionCount,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export function presentVaultDocumentDetail(view: VaultDocumentView): VaultDocumentDetail {
  return { ...presentVaultDocument(view), versions: view.versions.map((v) => presentVersion(view, v)) };
}

export function presentVaultRequest(view: VaultRequestView): VaultRequest {
  const r = view.request;
  return {
    id: r.id,
    dealId: r.dealId,
    category: r.category,
    description: r.description,
    dueDate: r.dueDate,
    mandatory: r.mandatory,
    status: r.status,
    rejectionReason: r.rejectionReason,
    documentId: r.documentId,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    decidedBy: view.decidedBy,
  };
}
