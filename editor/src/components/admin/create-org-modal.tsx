import { ORG_KIND_LABELS, ORG_KINDS, type Org, type OrgKind } from '@deedroom/shared';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type OrgFormErrors, type OrgFormValues, validateOrgForm } from '../../admin/validate-admin-forms';
import { createOrg } from '../../api/admin-api';
import { focusFirstInvalidField } from '../../forms/focus-first-invalid-field';
import { hasFieldErrors } from '../../forms/has-field-errors';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { describeOrgCreationError } from '../../messages/describe-admin-error';
import { useAuthenticatedSession } from '../../session/session-context';
import formClasses from '../deal-form/deal-form.module.css';
import { FormErrorAlert } from '../form-error-alert';
import { PartyKindIcon } from '../party-kind-icon';
import classes from './admin.module.css';
import { ORG_KIND_DESCRIPTIONS } from './org-kind-descriptions';

interface CreateOrgModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (org: Org) => void;
}

function isOrgKind(value: string): value is OrgKind {
  return (ORG_KINDS as readonly string[]).includes(value);
}

/** "Nouvelle organisation": a bank, a developer or a notary's office, before creating its users. */
export function CreateOrgModal({ opened, onClose, onCreated }: CreateOrgModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Nouvelle organisation"
      size="lg"
      centered
      classNames={{ title: formClasses.modalTitle }}
    >
      <CreateOrgForm
        onCancel={onClose}
        onCreated={(org) => {
          onCreated(org);
          onClose();
        }}
      />
    </Modal>
  );
}

function CreateOrgForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (org: Org) => void }) {
  const { csrfToken } = useAuthenticatedSession();
  const creation = useApiMutation(createOrg);
  const [values, setValues] = useState<OrgFormValues>({ name: '', kind: null });
  const [errors, setErrors] = useState<OrgFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const nextErrors = validateOrgForm(values);
    setErrors(nextErrors);
    setFormError(null);
    if (hasFieldErrors(nextErrors) || !values.kind) return focusFirstInvalidField(form);
    const outcome = await creation.run({ name: values.name.trim(), kind: values.kind }, csrfToken);
    if (outcome.ok) return onCreated(outcome.data);
    const report = describeOrgCreationError(outcome.error);
    setErrors(report.fieldErrors);
    setFormError(report.formError);
    focusFirstInvalidField(form);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="create-org-form" aria-label="Nouvelle organisation">
      <Stack gap="md">
        <FormErrorAlert message={formError} testId="create-org-error" />
        <TextInput
          label="Nom de l’organisation"
          description="Tel qu’il apparaîtra aux autres parties des dossiers"
          placeholder="Atlantique Promotion"
          required
          data-autofocus
          value={values.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setValues((previous) => ({ ...previous, name }));
            setErrors((previous) => ({ ...previous, name: undefined }));
          }}
          error={errors.name}
          disabled={creation.isPending}
          data-testid="create-org-name"
        />
        <Radio.Group
          label="Type d’organisation"
          required
          value={values.kind}
          onChange={(kind) => {
            if (!isOrgKind(kind)) return;
            setValues((previous) => ({ ...previous, kind }));
            setErrors((previous) => ({ ...previous, kind: undefined }));
          }}
          error={errors.kind}
          data-testid="create-org-kind"
        >
          <Stack gap="xs" mt={6}>
            {ORG_KINDS.map((kind) => (
              <Radio.Card
                key={kind}
                value={kind}
                radius="md"
                className={classes.kindCard}
                disabled={creation.isPending}
                data-testid={`create-org-kind-${kind}`}
              >
                <Group wrap="nowrap" gap="md">
                  <Radio.Indicator />
                  <Group gap="sm" wrap="nowrap" c="gray.7">
                    <PartyKindIcon kind={kind} size={20} />
                    <div>
                      <Text fw={600} size="sm" c="var(--mantine-color-text)">
                        {ORG_KIND_LABELS[kind]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {ORG_KIND_DESCRIPTIONS[kind]}
                      </Text>
                    </div>
                  </Group>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Text size="xs" c="dimmed">
          Le type ne pourra plus être changé : il détermine les rôles que ses membres peuvent tenir sur les
          dossiers.
        </Text>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={creation.isPending}>
            Annuler
          </Button>
          <Button type="submit" loading={creation.isPending} data-testid="create-org-submit">
            Créer l’organisation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
