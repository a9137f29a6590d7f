import {
  CSRF_HEADER,
  DOCX_MEDIA_TYPE,
  FILE_NAME_HEADER,
  ImportDocxAsDeedResponseSchema,
  ImportDocxAsVersionResponseSchema,
  isErrorBody,
  LIMITS,
} from '@deedroom/shared';
import { ApiError } from '../api/api-error';

/** Where an imported Word file goes: a new deed of a deal, or a new version of a deed. */
export type WordImportTarget = { kind: 'deal'; dealId: string } | { kind: 'deed'; deedId: string };

function importPath(target: WordImportTarget): string {
  return target.kind === 'deal'
    ? `/api/deals/${encodeURIComponent(target.dealId)}/deeds/import`
    : `/api/deeds/${encodeURIComponent(target.deedId)}/import`;
}

function errorOf(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, details } = payload.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'UNEXPECTED_RESPONSE', 'Réponse inattendue du serveur.');
}

/** Checks done before sending, with the server's wording: the server checks again. */
export function checkWordFile(file: File): string | null {
  if (!/\.docx$/i.test(file.name)) {
    return 'Choisissez un fichier Word au format .docx (dans Word : Fichier › Enregistrer sous › Document Word).';
  }
  if (file.size > LIMITS.docxImportMaxBytes) {
    const megabytes = Math.round(LIMITS.docxImportMaxBytes / (1024 * 1024));
    return `Le fichier dépasse ${megabytes} Mo : retirez les images ou scindez le document avant de l’importer.`;
  }
  return null;
}

/**
 * Sends a Word file as the raw body (XMLHttpRequest, for the upload progress). The body is a
 * Blob without a type so no Content-Type goes out: the API's CSRF guard accepts JSON or none.
 */
export function uploadWordFile(
  target: WordImportTarget,
  file: File,
  csrfToken: string,
  onProgress: (ratio: number) => void,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importPath(target));
    xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'Le serveur est injoignable.'));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorOf(xhr.status, payload));
        return;
      }
      const schema =
        target.kind === 'deal' ? ImportDocxAsDeedResponseSchema : ImportDocxAsVersionResponseSchema;
      const parsed = schema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError(xhr.status, 'UNEXPECTED_RESPONSE', 'Réponse inattendue du serveur.'));
    };
    xhr.send(new Blob([file]));
  });
}

/** Downloads the deed (or a version) as Word; rejects with the API's error in French. */
export async function downloadDeedDocx(deedId: string, version: string): Promise<void> {
  const response = await fetch(
    `/api/deeds/${encodeURIComponent(deedId)}/export/docx?version=${encodeURIComponent(version)}`,
    { credentials: 'same-origin' },
  ).catch(() => {
    throw new ApiError(0, 'NETWORK_ERROR', 'Le serveur est injoignable.');
  });
  if (!response.ok) throw errorOf(response.status, await response.json().catch(() => null));
  const blob = new Blob([await response.arrayBuffer()], { type: DOCX_MEDIA_TYPE });
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : 'acte.docx';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
