import type { VaultVisibility } from '@deedroom/shared';

/** Where an upload goes: a new document, a new version of one, or the answer to a checklist request. */
export interface UploadTarget {
  documentId?: string;
  requestId?: string;
  visibility: VaultVisibility;
}

/** The tus `Upload-Metadata` the vault endpoint reads (values are strings). */
export function buildUploadMetadata(
  dealId: string,
  fileName: string,
  target: UploadTarget,
): Record<string, string> {
  const metadata: Record<string, string> = { dealId, filename: fileName, visibility: target.visibility };
  if (target.documentId) metadata.documentId = target.documentId;
  if (target.requestId) metadata.requestId = target.requestId;
  return metadata;
}

/** The target an upload was created with, read back from the metadata kept for a resume. */
export function readUploadTarget(metadata: Record<string, string>): UploadTarget {
  const target: UploadTarget = { visibility: metadata.visibility === 'internal' ? 'internal' : 'all' };
  if (metadata.documentId) target.documentId = metadata.documentId;
  if (metadata.requestId) target.requestId = metadata.requestId;
  return target;
}

/** What every fingerprint of `userId`'s uploads starts with (a shared computer keeps people apart). */
export function buildFingerprintPrefix(userId: string): string {
  return `deedroom-vault/${userId}/`;
}

/**
 * The key under which tus-js-client remembers an unfinished upload in localStorage. It names the
 * user, the deal and the target so that the same file sent elsewhere starts its own upload, and
 * the file by name, size and modification time: what the browser gives back when it is picked again.
 */
export function buildUploadFingerprint(
  userId: string,
  dealId: string,
  file: File,
  target: UploadTarget,
): string {
  return [
    `${buildFingerprintPrefix(userId)}${dealId}`,
    target.documentId ?? '-',
    target.requestId ?? '-',
    encodeURIComponent(file.name),
    file.size,
    file.lastModified,
  ].join('/');
}
