import { CSRF_HEADER } from '@deedroom/shared';
import type { ApiSession } from './api-session';

/**
 * A minimal tus 1.0.0 client over fetch: the real protocol (POST creation, HEAD for the offset,
 * PATCH at an offset), with the session cookie and CSRF header the web app sends.
 */
export const TUS_PATH = '/api/vault/uploads';

export function encodeUploadMetadata(metadata: Record<string, string>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

function authHeaders(session: ApiSession, isWrite: boolean): Record<string, string> {
  return {
    'Tus-Resumable': '1.0.0',
    cookie: session.cookie,
    ...(isWrite ? { [CSRF_HEADER]: session.csrfToken } : {}),
  };
}

export interface CreatedUpload {
  status: number;
  /** Absolute URL of the upload, when created. */
  url: string | undefined;
  body: string;
}

export async function createUpload(
  session: ApiSession,
  length: number,
  metadata: Record<string, string>,
  extraHeaders: Record<string, string> = {},
): Promise<CreatedUpload> {
  const res = await fetch(`${session.baseUrl}${TUS_PATH}`, {
    method: 'POST',
    headers: {
      ...authHeaders(session, true),
      'Upload-Length': String(length),
      'Upload-Metadata': encodeUploadMetadata(metadata),
      ...extraHeaders,
    },
  });
  const location = res.headers.get('location');
  return {
    status: res.status,
    url: location ? new URL(location, session.baseUrl).toString() : undefined,
    body: await res.text(),
  };
}

export async function headOffset(
  session: ApiSession,
  url: string,
): Promise<{ status: number; offset: number }> {
  const res = await fetch(url, { method: 'HEAD', headers: authHeaders(session, false) });
  return { status: res.status, offset: Number(res.headers.get('upload-offset') ?? -1) };
}

export interface PatchResult {
  status: number;
  offset: number;
  documentId: string | null;
  body: string;
}

/** Sends `body` at `offset`; a stream body is sent chunked, as it is produced. */
export async function patchUpload(
  session: ApiSession,
  url: string,
  offset: number,
  body: Uint8Array | ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): Promise<PatchResult> {
  const res = await fetch(url, {
    method: 'PATCH',
    headers: {
      ...authHeaders(session, true),
      'Upload-Offset': String(offset),
      'Content-Type': 'application/offset+octet-stream',
    },
    body,
    signal,
    duplex: 'half',
  } as RequestInit);
  return {
    status: res.status,
    offset: Number(res.headers.get('upload-offset') ?? -1),
    documentId: res.headers.get('vault-document-id'),
    body: await res.text(),
  };
}

export interface UploadedFile {
  uploadUrl: string;
  uploadId: string;
  documentId: string;
}

/** Creates an upload and sends all of `bytes` in one PATCH; throws on any refusal. */
export async function uploadFile(
  session: ApiSession,
  bytes: Uint8Array,
  metadata: Record<string, string>,
): Promise<UploadedFile> {
  const created = await createUpload(session, bytes.byteLength, metadata);
  if (created.status !== 201 || !created.url) throw new Error(`create: ${created.status} ${created.body}`);
  const patched = await patchUpload(session, created.url, 0, bytes);
  if (patched.status !== 204 || !patched.documentId)
    throw new Error(`patch: ${patched.status} ${patched.body}`);
  return {
    uploadUrl: created.url,
    uploadId: created.url.split('/').pop() ?? '',
    documentId: patched.documentId,
  };
}

/** The error code of a refusal body (tus or API). */
export function errorCodeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}
