import { LIMITS } from '@deedroom/shared';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { changePassword } from '../api/auth-api';
import { toApiError } from '../api/to-api-error';
import { describeApiError } from '../messages/describe-api-error';
import { useAuthenticatedSession, useSession } from '../session/session-context';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
}

interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

type FieldErrors = Partial<Record<keyof PasswordFields, string>>;

const EMPTY_FIELDS: PasswordFields = { currentPassword: '', newPassword: '', confirmation: '' };
const MIN_LENGTH_MESSAGE = `Le nouveau mot de passe doit contenir au moins ${LIMITS.passwordMinLength} caractères.`;

function validatePasswordFields(fields: PasswordFields): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.currentPassword === '') errors.currentPassword = 'Saisissez votre mot de passe actuel.';
  if (fields.newPassword.length < LIMITS.passwordMinLength) errors.newPassword = MIN_LENGTH_MESSAGE;
  else if (fields.newPassword.length > LIMITS.passwordMaxLength)
    errors.newPassword = `Le nouveau mot de passe ne peut dépasser ${LIMITS.passwordMaxLength} caractères.`;
  else if (fields.newPassword === fields.currentPassword)
    errors.newPassword = 'Le nouveau mot de passe doit être différent de l’actuel.';
  if (fields.confirmation !== fields.newPassword)
    errors.confirmation = 'Les deux saisies ne correspondent pas.';
  return errors;
}

function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** "Changer le mot de passe": current password, new password twice, checked before sending. */
export function ChangePasswordModal({ opened, onClose }: ChangePasswordModalProps) {
  const { csrfToken, user } = useAuthenticatedSession();
  const { expireSession } = useSession();
  const [fields, setFields] = useState<PasswordFields>(EMPTY_FIELDS);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [isDone, setIsDone] = useState(false);

  function handleClose() {
    setFields(EMPTY_FIELDS);
    setFieldErrors({});
    setFormError(null);
    setIsDone(false);
    onClose();
  }

  function updateField(name: keyof PasswordFields, value: string) {
    setFields((previous) => ({ ...previous, [name]: value }));
    setFieldErrors((previous) => ({ ...previous, [name]: undefined }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validatePasswordFields(fields);
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) return;

    setIsSubmitting(true);
    try {
      await changePassword(
        { currentPassword: fields.currentPassword, newPassword: fields.newPassword },
        csrfToken,
      );
      setIsDone(true);
      setFields(EMPTY_FIELDS);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'UNAUTHENTICATED') return expireSession();
      if (apiError.code === 'INVALID_CREDENTIALS') {
        setFieldErrors({ currentPassword: 'Le mot de passe actuel est incorrect.' });
      } else if (apiError.code === 'VALIDATION_FAILED') {
        setFieldErrors({ newPassword: MIN_LENGTH_MESSAGE });
      } else {
        setFormError(describeApiError(apiError));
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={handleClose}
      title="Changer le mot de passe"
      size="md"
      centered
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {isDone ? (
        <Stack gap="lg" data-testid="change-password-success">
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={20} aria-hidden="true" />}
            role="status"
          >
            Votre mot de passe a été modifié. Utilisez-le lors de votre prochaine connexion.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={handleClose} data-autofocus>
              Fermer
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate data-testid="change-password-form">
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          <Stack gap="md">
            {formError && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle size={20} aria-hidden="true" />}
                role="alert"
              >
                {formError}
              </Alert>
            )}
            <PasswordInput
              label="Mot de passe actuel"
              autoComplete="current-password"
              required
              data-autofocus
              value={fields.currentPassword}
              onChange={(event) => updateField('currentPassword', event.currentTarget.value)}
              error={fieldErrors.currentPassword}
              data-testid="change-password-current"
            />
            <PasswordInput
              label="Nouveau mot de passe"
              description={`Au moins ${LIMITS.passwordMinLength} caractères. Une phrase de passe facile à retenir convient très bien.`}
              autoComplete="new-password"
              required
              value={fields.newPassword}
              onChange={(event) => updateField('newPassword', event.currentTarget.value)}
              error={fieldErrors.newPassword}
              data-testid="change-password-new"
            />
            <PasswordInput
              label="Confirmation du nouveau mot de passe"
              autoComplete="new-password"
              required
              value={fields.confirmation}
              onChange={(event) => updateField('confirmation', event.currentTarget.value)}
              error={fieldErrors.confirmation}
              data-testid="change-password-confirmation"
            />
            <Text size="xs" c="dimmed">
              Tous les champs sont obligatoires.
            </Text>
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={handleClose} disabled={isSubmitting}>
                Annuler
              </Button>
              <Button type="submit" loading={isSubmitting} data-testid="change-password-submit">
                Enregistrer
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
