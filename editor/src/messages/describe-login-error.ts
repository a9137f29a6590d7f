import { LIMITS } from '@deedroom/shared';
import type { ApiError } from '../api/api-error';
import { describeApiError } from './describe-api-error';

const LOCK_MINUTES = Math.round(LIMITS.accountLockMs / 60_000);

/** A French sentence explaining why a login attempt failed, for each stable error code. */
export function describeLoginError(error: ApiError): string {
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return 'Adresse e-mail ou mot de passe incorrect.';
    case 'ACCOUNT_LOCKED':
      return `Ce compte est verrouillé temporairement après trop de tentatives infructueuses. Réessayez dans ${LOCK_MINUTES} minutes.`;
    case 'RATE_LIMITED':
      return 'Trop de tentatives de connexion depuis ce poste. Patientez une minute avant de réessayer.';
    case 'VALIDATION_FAILED':
      return 'Vérifiez l’adresse e-mail et le mot de passe saisis.';
    default:
      return describeApiError(error);
  }
}
