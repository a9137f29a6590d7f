import type { ApiError } from '../api/api-error';
import { describeApiError } from '../messages/describe-api-error';

/**
 * A refused workflow change, in French. The server explains business refusals itself (a cycle of
 * dependencies, an unknown reference, a date out of range), so its message is shown as is.
 */
export function describeWorkflowError(error: ApiError): string {
  switch (error.code) {
    case 'VALIDATION_FAILED':
    case 'CONFLICT':
      return `${error.message} Corrigez puis réessayez.`;
    case 'FORBIDDEN':
      return 'Votre rôle ne permet pas de modifier l’échéancier de ce dossier.';
    case 'NOT_FOUND':
      return 'Cette étape n’existe plus ou n’est plus visible pour vous. La liste a été rechargée.';
    default:
      return describeApiError(error);
  }
}
