import { isErrorBody, LIMITS } from '@deedroom/shared';
import { DetailedError } from 'tus-js-client';
import { formatFileSize } from './format-file-size';

/** Why an upload stopped, in French, with what the user can do about it. */
export interface UploadProblem {
  message: string;
  /** The server's own explanation (e.g. which type was refused), when it gave one. */
  detail: string | null;
  /** A network failure: the upload goes on by itself once the connection is back. */
  isNetwork: boolean;
  /** The server refused the file for good (type, size, name, rights): resuming it cannot help. */
  isRefusal: boolean;
}

/** The checks the browser can make before sending a byte; null when the file may be sent. */
export function checkFileBeforeUpload(file: File): UploadProblem | null {
  if (file.size === 0) {
    return problem('Ce fichier est vide. Vérifiez que c’est le bon fichier, puis déposez-le à nouveau.');
  }
  if (file.size > LIMITS.vaultMaxFileBytes) {
    return problem(
      `Fichier trop volumineux (${formatFileSize(file.size)})\u202f: la limite est de ${formatFileSize(LIMITS.vaultMaxFileBytes)}. Découpez-le en plusieurs pièces ou compressez-le.`,
    );
  }
  if (file.name.length > LIMITS.vaultFileNameMaxLength) {
    return problem(
      `Nom de fichier trop long (${file.name.length} caractères, ${LIMITS.vaultFileNameMaxLength} au plus). Renommez le fichier puis déposez-le à nouveau.`,
    );
  }
  return null;
}

/** A tus-js-client failure, explained. */
export function describeUploadError(error: Error): UploadProblem {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) {
    return {
      message:
        'Connexion perdue. Le dépôt reprendra automatiquement au retour du réseau, ou cliquez sur « Reprendre ».',
      detail: null,
      isNetwork: true,
      isRefusal: false,
    };
  }
  const status = response.getStatus();
  const body = readErrorBody(response.getBody());
  const detail = body?.error.message ?? null;
  const code = body?.error.code;

  if (status === 413 || code === 'PAYLOAD_TOO_LARGE') {
    return problem(
      `Fichier trop volumineux\u202f: la limite est de ${formatFileSize(LIMITS.vaultMaxFileBytes)} par fichier. Découpez-le en plusieurs pièces.`,
      detail,
    );
  }
  if (status === 415 || code === 'UNSUPPORTED_MEDIA_TYPE') {
    return problem(
      'Type de fichier refusé. Déposez un PDF, une image (JPEG, PNG, TIFF) ou un document bureautique (Word, Excel).',
      detail,
    );
  }
  if (code === 'CSRF_REJECTED') {
    return problem('Votre session a changé. Rechargez la page, puis reprenez le dépôt.', detail, false);
  }
  if (status === 401) {
    return problem('Votre session a expiré. Reconnectez-vous, puis reprenez le dépôt.', null, false);
  }
  if (status === 403) {
    return problem('Votre rôle ne permet pas de déposer des pièces dans ce dossier.', detail);
  }
  if (status === 404 || status === 410) {
    return problem(
      'Ce dépôt n’existe plus sur le serveur (dossier inaccessible ou dépôt expiré). Déposez le fichier à nouveau.',
      detail,
    );
  }
  if (status === 409 || status === 423) {
    return problem('Ce fichier est déjà en cours de dépôt. Attendez la fin de l’autre dépôt.', detail, false);
  }
  if (status === 400 || status === 422) {
    return problem('Le serveur a refusé ce fichier. Vérifiez son nom et son contenu.', detail);
  }
  if (status === 429)
    return problem('Trop de dépôts en même temps. Réessayez dans quelques instants.', detail);
  return {
    message:
      'Le serveur n’a pas pu enregistrer ce fichier. Cliquez sur « Reprendre » dans quelques instants.',
    detail,
    isNetwork: false,
    isRefusal: false,
  };
}

function problem(message: string, detail: string | null = null, isRefusal = true): UploadProblem {
  return { message, detail, isNetwork: false, isRefusal };
}

function readErrorBody(text: string) {
  try {
    const parsed: unknown = JSON.parse(text);
    return isErrorBody(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
