import {
  type CreateDeedVersionRequest,
  type DeedCompareResponse,
  DeedCompareResponseSchema,
  type DeedHistory,
  DeedHistorySchema,
  type DeedVersion,
  type DeedVersionList,
  DeedVersionListSchema,
  DeedVersionSchema,
  type DeedVersionSummary,
  DeedVersionSummarySchema,
} from '@deedroom/shared';
import { requestJson } from './client';

function versionsPath(deedId: string): string {
  return `/api/deeds/${encodeURIComponent(deedId)}/versions`;
}

/** The deed's versions, newest first, with the hash of its text now. */
export function fetchVersions(deedId: string, signal: AbortSignal): Promise<DeedVersionList> {
  return requestJson(versionsPath(deedId), DeedVersionListSchema, { signal });
}

/** « Enregistrer une version » of the text now. */
export function saveVersion(
  deedId: string,
  request: CreateDeedVersionRequest,
  csrfToken: string,
): Promise<DeedVersionSummary> {
  return requestJson(versionsPath(deedId), DeedVersionSummarySchema, {
    method: 'POST',
    body: request,
    csrfToken,
  });
}

/** One version with its content, to read it. */
export function fetchVersion(deedId: string, versionId: string, signal: AbortSignal): Promise<DeedVersion> {
  return requestJson(`${versionsPath(deedId)}/${encodeURIComponent(versionId)}`, DeedVersionSchema, {
    signal,
  });
}

/** Makes a version the current text again; answers the new version « Restauration de Vn ». */
export function restoreVersion(
  deedId: string,
  versionId: string,
  csrfToken: string,
): Promise<DeedVersionSummary> {
  return requestJson(
    `${versionsPath(deedId)}/${encodeURIComponent(versionId)}/restore`,
    DeedVersionSummarySchema,
    { method: 'POST', csrfToken },
  );
}

/** The redline from one version to another; `current` stands for the text now. */
export function fetchComparison(
  deedId: string,
  from: string,
  to: string,
  signal: AbortSignal,
): Promise<DeedCompareResponse> {
  const query = new URLSearchParams({ from, to });
  return requestJson(
    `/api/deeds/${encodeURIComponent(deedId)}/compare?${query.toString()}`,
    DeedCompareResponseSchema,
    { signal },
  );
}

/** Who changed what, when: newest first. */
export function fetchHistory(deedId: string, signal: AbortSignal): Promise<DeedHistory> {
  return requestJson(`/api/deeds/${encodeURIComponent(deedId)}/history`, DeedHistorySchema, { signal });
}
