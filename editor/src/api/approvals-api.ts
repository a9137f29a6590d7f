import { type DeedApprovals, DeedApprovalsSchema, type DeedDetail, DeedDetailSchema } from '@deedroom/shared';
import { requestJson } from './client';

function deedPath(deedId: string): string {
  return `/api/deeds/${encodeURIComponent(deedId)}`;
}

/** Each party's approval, whether the text changed since, and whether the deed may be locked. */
export function fetchApprovals(deedId: string, signal: AbortSignal): Promise<DeedApprovals> {
  return requestJson(`${deedPath(deedId)}/approvals`, DeedApprovalsSchema, { signal });
}

/** « Bon pour accord » for the caller's organisation, on the text now (or on a given version). */
export function approveDeed(deedId: string, csrfToken: string, versionId?: string): Promise<DeedApprovals> {
  return requestJson(`${deedPath(deedId)}/approvals`, DeedApprovalsSchema, {
    method: 'POST',
    body: versionId ? { versionId } : {},
    csrfToken,
  });
}

/** Withdraws the caller's organisation's approval. */
export function withdrawApproval(deedId: string, csrfToken: string): Promise<DeedApprovals> {
  return requestJson(`${deedPath(deedId)}/approvals`, DeedApprovalsSchema, { method: 'DELETE', csrfToken });
}

/** « Verrouiller le texte définitif ». */
export function lockDeed(deedId: string, csrfToken: string): Promise<DeedDetail> {
  return requestJson(`${deedPath(deedId)}/lock`, DeedDetailSchema, { method: 'POST', csrfToken });
}

/** « Déverrouiller », with the reason the audit log keeps. */
export function unlockDeed(deedId: string, reason: string, csrfToken: string): Promise<DeedDetail> {
  return requestJson(`${deedPath(deedId)}/unlock`, DeedDetailSchema, {
    method: 'POST',
    body: { reason },
    csrfToken,
  });
}
