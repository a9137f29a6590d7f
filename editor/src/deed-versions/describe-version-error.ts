import type { ApiError } from '../api/api-error';
import { describeApiError } from '../messages/describe-api-error';

/**
 * A refused version, approval or lock, in French. The server's own message is kept when it says
 * what to do (a locked text, a pending party); otherwise the generic explanation.
 */
export function describeVersionError(error: ApiError): string {
  switch (error.code) {
    case 'CONFLICT':
      return error.message;
    case 'FORBIDDEN':
      return error.message || 'Votre rôle sur ce dossier ne permet pas cette action.';
    case 'NOT_FOUND':
      return 'Cette version n’existe plus ou ne vous est pas accessible. Rechargez la liste des versions.';
    case 'VALIDATION_FAILED':
      return 'Vérifiez les champs saisis puis réessayez.';
    default:
      return describeApiError(error);
  }
}
