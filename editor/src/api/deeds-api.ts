import {
  type CollabToken,
  CollabTokenSchema,
  type DeedDetail,
  DeedDetailSchema,
  type DeedSettingsRequest,
} from '@deedroom/shared';
import { requestJson } from './client';

function deedPath(deedId: string): string {
  return `/api/deeds/${encodeURIComponent(deedId)}`;
}

/** The deed with the caller's role and edit right; NOT_FOUND behind the Chinese wall. */
export function fetchDeedDetail(deedId: string, signal?: AbortSignal): Promise<DeedDetail> {
  return requestJson(deedPath(deedId), DeedDetailSchema, signal ? { signal } : {});
}

/** A fresh collaboration token for the deed's WebSocket (valid a few minutes). */
export function requestCollabToken(deedId: string, csrfToken: string): Promise<CollabToken> {
  return requestJson(`${deedPath(deedId)}/collab-token`, CollabTokenSchema, {
    method: 'POST',
    body: {},
    csrfToken,
  });
}

/** Holds kinds of organisation to suggestion mode (action `deed.manage`); answers the updated deed. */
export function updateDeedSettings(
  deedId: string,
  settings: DeedSettingsRequest,
  csrfToken: string,
): Promise<DeedDetail> {
  return requestJson(`${deedPath(deedId)}/settings`, DeedDetailSchema, {
    method: 'PUT',
    body: settings,
    csrfToken,
  });
}
