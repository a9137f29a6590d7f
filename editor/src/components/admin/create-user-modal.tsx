import { LIMITS, type Org, type User } from '@deedroom/shared';
import { Button, Group, Modal, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { generatePassword } from '../../admin/generate-password';
import { type UserFormErrors, type UserFormValues, validateUserForm } from '../../admin/validate-admin-forms';
import { createUser } from '../../api/admin-api';
import { focusFirstInvalidField } from '../../forms/focus-first-invalid-field';
import { hasFieldErrors } from '../../forms/has-field-errors';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { describeUserCreationError } from '../../messages/describe-admin-error';
import { useAuthenticatedSession } from '../../session/session-context';
import formClasses from '../deal-form/deal-form.module.css';
import { FormErrorAlert } from '../form-error-alert';
import { NewAccountCredentials } from './new-account-credentials';

interface CreateUserModalProps {
  org: Org;
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

const EMPTY_USER: UserFormValues = { name: '', email: '', password: '', isAdmin: false };

/** "Nouvel utilisateur" of an organisation; the initial password is shown once after creation. */
export function CreateUserModal({ org, opened, onClose, onCreated }: CreateUserModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Nouvel utilisateur · ${org.name}`}
      size="lg"
      centered
      classNames={{ title: formClasses.modalTitle }}
    >
      <CreateUserForm org={org} onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

interface CreateUserFormProps {
  org: Org;
  onCancel: () => void;
  onCreated: (user: User) => void;
}

function CreateUserForm({ org, onCancel, onCreated }: CreateUserFormProps) {
  const { csrfToken } = useAuthenticatedSession();
  const creation = useApiMutation(createUser);
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER);
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPasswordVisible, setIsPasswordVisible] = useState(false);
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);

  if (created)
    return <NewAccountCredentials user={created.user} password={created.password} onDone={onCancel} />;

  function updateField<K extends keyof UserFormValues>(field: K, value: UserFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    setFormError(null);
  }

  function fillGeneratedPassword() {
    updateField('password', generatePassword());
    setIsPasswordVisible(true);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const nextErrors = validateUserForm(values);
    setErrors(nextErrors);
    setFormError(null);
    if (hasFieldErrors(nextErrors)) return focusFirstInvalidField(form);
    const outcome = await creation.run(
      {
        name: values.name.trim(),
        email: values.email.trim().toLowerCase(),
        password: values.password,
        orgId: org.id,
        isAdmin: org.kind === 'bank' && values.isAdmin,
      },
      csrfToken,
    );
    if (outcome.ok) {
      setCreated({ user: outcome.data, password: values.password });
      onCreated(outcome.data);
      return;
    }
    const report = describeUserCreationError(outcome.error);
    setErrors(report.fieldErrors);
    setFormError(report.formError);
    focusFirstInvalidField(form);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="create-user-form" aria-label="Nouvel utilisateur">
      <Stack gap="md">
        <FormErrorAlert message={formError} testId="create-user-error" />
        <TextInput
          label="Prénom et nom"
          placeholder="Julie Morel"
          required
          data-autofocus
          autoComplete="off"
          maxLength={LIMITS.nameMaxLength}
          value={values.name}
          onChange={(event) => updateField('name', event.currentTarget.value)}
          error={errors.name}
          disabled={creation.isPending}
          data-testid="create-user-name"
        />
        <TextInput
          label="Adresse e-mail professionnelle"
          description="Sert d’identifiant de connexion"
          placeholder="prenom.nom@exemple.fr"
          type="email"
          required
          autoComplete="off"
          maxLength={LIMITS.emailMaxLength}
          value={values.email}
          onChange={(event) => updateField('email', event.currentTarget.value)}
          error={errors.email}
          disabled={creation.isPending}
          data-testid="create-user-email"
        />
        <PasswordInput
          label="Mot de passe initial"
          description={`Au moins ${LIMITS.passwordMinLength} caractères. « Générer » en propose un robuste, facile à dicter.`}
          required
          autoComplete="new-password"
          visible={isPasswordVisible}
          onVisibilityChange={setIsPasswordVisible}
          value={values.password}
          onChange={(event) => updateField('password', event.currentTarget.value)}
          error={errors.password}
          disabled={creation.isPending}
          data-testid="create-user-password"
          inputContainer={(input) => (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <div style={{ flex: 1 }}>{input}</div>
              <Button
                variant="default"
                leftSection={<IconWand size={16} aria-hidden="true" />}
                onClick={fillGeneratedPassword}
                disabled={creation.isPending}
                data-testid="create-user-generate-password"
              >
                Générer
              </Button>
            </Group>
          )}
        />
        {org.kind === 'bank' && (
          <Switch
            label="Administrateur de la plateforme"
            description="Peut créer des organisations et des comptes utilisateurs."
            checked={values.isAdmin}
            onChange={(event) => updateField('isAdmin', event.currentTarget.checked)}
            disabled={creation.isPending}
            data-testid="create-user-admin"
          />
        )}
        <Text size="xs" c="dimmed">
          Le compte est actif dès sa création. La personne n’accède qu’aux dossiers sur lesquels un chargé
          d’affaires l’invite.
        </Text>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={creation.isPending}>
            Annuler
          </Button>
          <Button type="submit" loading={creation.isPending} data-testid="create-user-submit">
            Créer le compte
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
