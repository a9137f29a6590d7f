import { LIMITS, type OrgKind } from '@deedroom/shared';

export interface OrgFormValues {
  name: string;
  kind: OrgKind | null;
}
export type OrgFormErrors = Partial<Record<keyof OrgFormValues, string>>;

export interface UserFormValues {
  name: string;
  email: string;
  password: string;
  isAdmin: boolean;
}
export type UserFormErrors = Partial<Record<keyof UserFormValues, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateOrgForm(values: OrgFormValues): OrgFormErrors {
  const errors: OrgFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Saisissez le nom de l’organisation.';
  else if (name.length > LIMITS.nameMaxLength)
    errors.name = `Le nom ne peut dépasser ${LIMITS.nameMaxLength} caractères.`;
  if (!values.kind) errors.kind = 'Choisissez le type d’organisation.';
  return errors;
}

export function validateUserForm(values: UserFormValues): UserFormErrors {
  const errors: UserFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Saisissez le prénom et le nom de la personne.';
  else if (name.length > LIMITS.nameMaxLength)
    errors.name = `Le nom ne peut dépasser ${LIMITS.nameMaxLength} caractères.`;

  const email = values.email.trim();
  if (email === '') errors.email = 'Saisissez l’adresse e-mail professionnelle.';
  else if (email.length > LIMITS.emailMaxLength || !EMAIL_PATTERN.test(email))
    errors.email = 'Cette adresse e-mail n’est pas valide.';

  if (values.password.length < LIMITS.passwordMinLength)
    errors.password = `Le mot de passe doit contenir au moins ${LIMITS.passwordMinLength} caractères.`;
  else if (values.password.length > LIMITS.passwordMaxLength)
    errors.password = `Le mot de passe ne peut dépasser ${LIMITS.passwordMaxLength} caractères.`;
  return errors;
}
