import type { ApiError } from '../api/api-error';

/** A French sentence for an error shown to the user in a page or panel (not the login form). */
export function describeApiError(error: ApiError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return 'Le service Deedroom est injoignable. Vérifiez votre connexion puis réessayez.';
    case 'RATE_LIMITED':
      return 'Trop de requêtes en peu de temps. Patientez quelques instants avant de réessayer.';
    case 'UNAUTHENTICATED':
      return 'Votre session a expiré. Reconnectez-vous pour continuer.';
    case 'NOT_FOUND':
      return 'Cet élément est introuvable.';
    case 'INTERNAL':
      return 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.';
    case 'UNEXPECTED_RESPONSE':
      return 'Le serveur a renvoyé une réponse inattendue. Réessayez dans quelques instants.';
    default:
      return 'Une erreur est survenue. Réessayez dans quelques instants.';
  }
}
