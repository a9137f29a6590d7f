import type { ApiError } from '../api/api-error';
import type { DealDetailsValues, DealPartiesValues } from '../deals/deal-form-values';
import { describeApiError } from './describe-api-error';
import { type FormErrorReport, reportInvalidFields } from './form-error-report';
import { readInvalidFields } from './read-invalid-fields';

type DealField = keyof DealDetailsValues | keyof DealPartiesValues;

/** API field names mapped to the form's own (the amount is typed in euros, sent in cents). */
const DEAL_FIELDS: Readonly<Record<string, DealField>> = {
  name: 'name',
  city: 'city',
  lots: 'lots',
  amountCents: 'amountEuros',
  status: 'status',
  developerOrgId: 'developerOrgId',
  notaryOrgIds: 'notaryOrgIds',
  bankOrgIds: 'bankOrgIds',
};

/** Why opening (`create`) or changing (`update`) a deal was refused, in French. */
export function describeDealSaveError(
  error: ApiError,
  intent: 'create' | 'update',
): FormErrorReport<DealField> {
  switch (error.code) {
    case 'FORBIDDEN':
      return {
        fieldErrors: {},
        formError:
          intent === 'create'
            ? 'Seuls les collaborateurs de la banque peuvent ouvrir un dossier.'
            : 'Votre rôle sur ce dossier ne vous permet pas de le modifier.',
      };
    case 'NOT_FOUND':
      return { fieldErrors: {}, formError: 'Ce dossier n’existe plus ou ne vous est plus accessible.' };
    case 'VALIDATION_FAILED': {
      const fieldErrors = reportInvalidFields(
        readInvalidFields(error),
        DEAL_FIELDS,
        'Valeur refusée par le serveur : vérifiez ce champ.',
      );
      const hasFieldErrors = Object.keys(fieldErrors).length > 0;
      return {
        fieldErrors,
        formError: hasFieldErrors
          ? 'Certains champs ont été refusés. Corrigez-les puis enregistrez à nouveau.'
          : intent === 'create'
            ? 'Une des organisations choisies n’existe plus ou n’est pas du type attendu. Fermez ce formulaire, puis recommencez.'
            : 'Les valeurs saisies ont été refusées. Vérifiez-les puis enregistrez à nouveau.',
      };
    }
    default:
      return { fieldErrors: {}, formError: describeApiError(error) };
  }
}
