import {
  CSRF_HEADER,
  FILE_NAME_HEADER,
  ImportDocxAsDeedResponseSchema,
  ImportDocxAsVersionResponseSchema,
  LIMITS,
} from '@deedroom/shared';
import { ApiError } from '../api/api-error';
import { readErrorPayload } from '../api/client';

/** Where an imported Word file goes: a new deed of a deal, or a new version of a deed. */
export type WordImportTarget = { kind: 'deal'; dealId: string } | { kind: 'deed'; deedId: string };

function importPath(target: WordImportTarget): string {
  return target.kind === 'deal'
    ? `/api/deals/${encodeURIComponent(target.dealId)}/deeds/import`
    : `/api/deeds/${encodeURIComponent(target.deedId)}/import`;
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
        reject(readErrorPayload(xhr.status, payload));
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
