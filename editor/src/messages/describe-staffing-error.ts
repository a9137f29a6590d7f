import type { ApiError } from '../api/api-error';
import { describeApiError } from './describe-api-error';

export type StaffingIntent = 'add' | 'change-role' | 'remove';

const NOT_FOUND_MESSAGES: Record<StaffingIntent, string> = {
  add: 'Cette personne ne fait plus partie des organisations du dossier. Rechargez la liste et recommencez.',
  'change-role':
    'Cette personne n’intervient plus sur ce dossier. Rechargez la page pour voir la liste à jour.',
  remove:
    'Cette personne n’intervient déjà plus sur ce dossier. Rechargez la page pour voir la liste à jour.',
};

/** Why adding, changing the role of, or removing `personName` was refused, in French. */
export function describeStaffingError(error: ApiError, intent: StaffingIntent, personName: string): string {
  switch (error.code) {
    case 'CONFLICT': {
      const next = intent === 'remove' ? 'puis retirez cette personne' : 'puis changez son rôle';
      return `${personName} est le seul chargé d’affaires du dossier, qui doit toujours en garder un. Désignez d’abord un autre chargé d’affaires, ${next}.`;
    }
    case 'VALIDATION_FAILED':
      return 'Ce rôle n’est pas ouvert aux membres de cette organisation. Choisissez un rôle proposé dans la liste.';
    case 'FORBIDDEN':
      return 'Votre rôle sur ce dossier ne vous permet pas de gérer ses intervenants.';
    case 'NOT_FOUND':
      return NOT_FOUND_MESSAGES[intent];
    default:
      return describeApiError(error);
  }
}
