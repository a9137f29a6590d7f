import type { ApiError } from '../api/api-error';
import { describeApiError } from '../messages/describe-api-error';

/** A refused vault change (category, request, decision), in French. */
export function describeVaultActionError(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'Votre rôle ne permet pas cette action dans le coffre-fort.';
    case 'CONFLICT':
      return 'Quelqu’un a modifié cet élément entre-temps. Rechargez la liste puis réessayez.';
    case 'VALIDATION_FAILED':
      return 'Certaines informations ne conviennent pas. Vérifiez les champs puis réessayez.';
    case 'NOT_FOUND':
      return 'Cet élément n’existe plus ou n’est plus visible pour vous. Rechargez la liste.';
    default:
      return describeApiError(error);
  }
}
