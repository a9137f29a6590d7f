import {
  type CreateVaultRequestRequest,
  type DecideVaultRequestRequest,
  type DocumentCategory,
  type PatchVaultDocumentRequest,
  type VaultDocumentDetail,
  VaultDocumentDetailSchema,
  type VaultDocumentList,
  VaultDocumentListSchema,
  type VaultRequest,
  type VaultRequestList,
  VaultRequestListSchema,
  VaultRequestSchema,
  type VaultUploadResult,
  VaultUploadResultSchema,
  type VaultVersionText,
  VaultVersionTextSchema,
} from '@deedroom/shared';
import { requestJson } from './client';

/** Where tus-js-client creates uploads (POST), then resumes them (HEAD/PATCH) at the answered URL. */
export const VAULT_UPLOADS_ENDPOINT = '/api/vault/uploads';

function dealVaultPath(dealId: string, what: 'documents' | 'requests'): string {
  return `/api/deals/${encodeURIComponent(dealId)}/vault/${what}`;
}

function documentPath(documentId: string): string {
  return `/api/vault/documents/${encodeURIComponent(documentId)}`;
}

function versionPath(documentId: string, versionId: string): string {
  return `${documentPath(documentId)}/versions/${encodeURIComponent(versionId)}`;
}

export interface VaultDocumentFilter {
  q?: string;
  category?: DocumentCategory;
}

/** The deal's documents the caller may see, filtered by a search text (name, category, content). */
export function fetchVaultDocuments(
  dealId: string,
  filter: VaultDocumentFilter,
  signal: AbortSignal,
): Promise<VaultDocumentList> {
  const query = new URLSearchParams();
  if (filter.q) query.set('q', filter.q);
  if (filter.category) query.set('category', filter.category);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return requestJson(`${dealVaultPath(dealId, 'documents')}${suffix}`, VaultDocumentListSchema, { signal });
}

/** One document with all its versions, newest first. */
export function fetchVaultDocument(documentId: string, signal: AbortSignal): Promise<VaultDocumentDetail> {
  return requestJson(documentPath(documentId), VaultDocumentDetailSchema, { signal });
}

/** Files the document in another category (« Classé par une personne ») or changes who sees it. */
export function updateVaultDocument(
  documentId: string,
  request: PatchVaultDocumentRequest,
  csrfToken: string,
): Promise<VaultDocumentDetail> {
  return requestJson(documentPath(documentId), VaultDocumentDetailSchema, {
    method: 'PATCH',
    body: request,
    csrfToken,
  });
}

/** The address of a version's bytes: `inline` for the preview, `attachment` to download it. */
export function buildVersionContentUrl(
  documentId: string,
  versionId: string,
  disposition: 'inline' | 'attachment',
): string {
  return `${versionPath(documentId, versionId)}/content?disposition=${disposition}`;
}

/** The text extracted from a version (DOCX preview, search); empty while the analysis runs. */
export function fetchVersionText(
  documentId: string,
  versionId: string,
  signal: AbortSignal,
): Promise<VaultVersionText> {
  return requestJson(`${versionPath(documentId, versionId)}/text`, VaultVersionTextSchema, { signal });
}

/** Where a finished tus upload landed (and whether the deal already held the same bytes). */
export function fetchUploadResult(uploadUrl: string, signal?: AbortSignal): Promise<VaultUploadResult> {
  const path = new URL(uploadUrl, window.location.origin).pathname;
  return requestJson(`${path}/document`, VaultUploadResultSchema, signal ? { signal } : {});
}

/** The bank's checklist for the deal. */
export function fetchVaultRequests(dealId: string, signal: AbortSignal): Promise<VaultRequestList> {
  return requestJson(dealVaultPath(dealId, 'requests'), VaultRequestListSchema, { signal });
}

/** Adds a piece to the checklist (roles with `vault.review`). */
export function createVaultRequest(
  dealId: string,
  request: CreateVaultRequestRequest,
  csrfToken: string,
): Promise<VaultRequest> {
  return requestJson(dealVaultPath(dealId, 'requests'), VaultRequestSchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

/** Accepts the piece received, or rejects it with a reason the developer reads. */
export function decideVaultRequest(
  requestId: string,
  decision: DecideVaultRequestRequest,
  csrfToken: string,
): Promise<VaultRequest> {
  return requestJson(`/api/vault/requests/${encodeURIComponent(requestId)}/decision`, VaultRequestSchema, {
    method: 'POST',
    body: decision,
    csrfToken,
  });
}
