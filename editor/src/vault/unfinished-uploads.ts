import { CSRF_HEADER, LIMITS } from '@deedroom/shared';
import { defaultOptions, Upload } from 'tus-js-client';
import { buildFingerprintPrefix, readUploadTarget, type UploadTarget } from './upload-target';

/** An upload of this deal that stopped before its end (page closed, reloaded, crashed). */
export interface UnfinishedUpload {
  urlStorageKey: string;
  uploadUrl: string;
  fileName: string;
  size: number;
  startedAt: string;
  target: UploadTarget;
}

/**
 * The deal's interrupted uploads that tus-js-client remembered in localStorage. The browser
 * cannot reopen their files by itself: the user drops or picks the same file again, and the
 * fingerprint match resumes it from the server's offset. Entries past the server's expiry are
 * forgotten here, since the server has deleted their bytes.
 */
export async function listUnfinishedUploads(
  dealId: string,
  userId: string,
  skipUrls: ReadonlySet<string>,
  now = Date.now(),
): Promise<UnfinishedUpload[]> {
  const stored = await defaultOptions.urlStorage.findAllUploads();
  const found: UnfinishedUpload[] = [];
  for (const previous of stored) {
    const metadata = previous.metadata ?? {};
    const isMine = previous.urlStorageKey.startsWith(`tus::${buildFingerprintPrefix(userId)}`);
    if (!isMine || metadata.dealId !== dealId || !previous.uploadUrl || skipUrls.has(previous.uploadUrl))
      continue;
    const startedAt = Date.parse(previous.creationTime);
    if (Number.isFinite(startedAt) && now - startedAt > LIMITS.vaultUploadExpiryMs) {
      await defaultOptions.urlStorage.removeUpload(previous.urlStorageKey);
      continue;
    }
    found.push({
      urlStorageKey: previous.urlStorageKey,
      uploadUrl: previous.uploadUrl,
      fileName: metadata.filename ?? 'fichier',
      size: previous.size ?? 0,
      startedAt: previous.creationTime,
      target: readUploadTarget(metadata),
    });
  }
  return found.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Gives up an interrupted upload: the server deletes its bytes, the browser forgets it. */
export async function abandonUnfinishedUpload(
  unfinished: UnfinishedUpload,
  csrfToken: string,
): Promise<void> {
  try {
    await Upload.terminate(unfinished.uploadUrl, { headers: { [CSRF_HEADER]: csrfToken }, retryDelays: [] });
  } catch {
    // Already expired or deleted on the server: forgetting it here is all that is left to do.
  }
  await defaultOptions.urlStorage.removeUpload(unfinished.urlStorageKey);
}

/** Whether `file` is the one an interrupted upload was sending (same name and size). */
export function isSameFile(unfinished: UnfinishedUpload, file: File): boolean {
  return unfinished.fileName === file.name && unfinished.size === file.size;
}

/** Forgets every stored resume point of `uploadUrl` (the server refused or deleted that upload). */
export async function forgetStoredUpload(uploadUrl: string): Promise<void> {
  const stored = await defaultOptions.urlStorage.findAllUploads();
  for (const previous of stored) {
    if (previous.uploadUrl === uploadUrl)
      await defaultOptions.urlStorage.removeUpload(previous.urlStorageKey);
  }
}
