import type { OrgFormValues, UserFormValues } from '../admin/validate-admin-forms';
import type { ApiError } from '../api/api-error';
import { describeApiError } from './describe-api-error';
import { type FormErrorReport, reportInvalidFields } from './form-error-report';
import { readInvalidFields } from './read-invalid-fields';

const FORBIDDEN_MESSAGE = 'Cette opération est réservée aux administrateurs de la plateforme.';
const REFUSED_FIELD_MESSAGE = 'Valeur refusée par le serveur : vérifiez ce champ.';

/** Why creating an organisation was refused, in French. */
export function describeOrgCreationError(error: ApiError): FormErrorReport<keyof OrgFormValues> {
  switch (error.code) {
    case 'CONFLICT':
      return { fieldErrors: { name: 'Une organisation porte déjà ce nom.' }, formError: null };
    case 'FORBIDDEN':
      return { fieldErrors: {}, formError: FORBIDDEN_MESSAGE };
    case 'VALIDATION_FAILED':
      return {
        fieldErrors: reportInvalidFields(
          readInvalidFields(error),
          { name: 'name', kind: 'kind' },
          REFUSED_FIELD_MESSAGE,
        ),
        formError: 'Certains champs ont été refusés. Corrigez-les puis enregistrez à nouveau.',
      };
    default:
      return { fieldErrors: {}, formError: describeApiError(error) };
  }
}

/** Why creating a user account was refused, in French. */
export function describeUserCreationError(error: ApiError): FormErrorReport<keyof UserFormValues> {
  switch (error.code) {
    case 'CONFLICT':
      return { fieldErrors: { email: 'Un compte existe déjà pour cette adresse e-mail.' }, formError: null };
    case 'FORBIDDEN':
      return { fieldErrors: {}, formError: FORBIDDEN_MESSAGE };
    case 'NOT_FOUND':
      return { fieldErrors: {}, formError: 'Cette organisation n’existe plus. Rechargez la page.' };
    case 'VALIDATION_FAILED': {
      const fieldErrors = reportInvalidFields(
        readInvalidFields(error),
        { name: 'name', email: 'email', password: 'password', isAdmin: 'isAdmin' },
        REFUSED_FIELD_MESSAGE,
      );
      return Object.keys(fieldErrors).length > 0
        ? {
            fieldErrors,
            formError: 'Certains champs ont été refusés. Corrigez-les puis enregistrez à nouveau.',
          }
        : { fieldErrors: {}, formError: 'Seul un membre d’une banque peut administrer la plateforme.' };
    }
    default:
      return { fieldErrors: {}, formError: describeApiError(error) };
  }
}
