import type { Deal } from '@deedroom/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { updateDeal } from '../../api/deals-api';
import { buildDealPatch } from '../../deals/build-deal-requests';
import {
  type DealDetailsErrors,
  type DealDetailsValues,
  readDealDetails,
} from '../../deals/deal-form-values';
import { validateDealDetails } from '../../deals/validate-deal-form';
import { focusFirstInvalidField } from '../../forms/focus-first-invalid-field';
import { hasFieldErrors } from '../../forms/has-field-errors';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { describeDealSaveError } from '../../messages/describe-deal-save-error';
import { useAuthenticatedSession } from '../../session/session-context';
import { FormErrorAlert } from '../form-error-alert';
import { DealDetailsFields } from './deal-details-fields';
import classes from './deal-form.module.css';

interface EditDealModalProps {
  deal: Deal;
  opened: boolean;
  onClose: () => void;
  onSaved: (deal: Deal) => void;
}

/** "Modifier le dossier": programme details and status (the parties are fixed at opening). */
export function EditDealModal({ deal, opened, onClose, onSaved }: EditDealModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Modifier le dossier"
      size="lg"
      centered
      classNames={{ title: classes.modalTitle }}
    >
      <EditDealForm
        deal={deal}
        onCancel={onClose}
        onSaved={(saved) => {
          onSaved(saved);
          onClose();
        }}
      />
    </Modal>
  );
}

function EditDealForm({
  deal,
  onCancel,
  onSaved,
}: {
  deal: Deal;
  onCancel: () => void;
  onSaved: (deal: Deal) => void;
}) {
  const { csrfToken } = useAuthenticatedSession();
  const saving = useApiMutation(updateDeal);
  const [values, setValues] = useState<DealDetailsValues>(() => readDealDetails(deal));
  const [errors, setErrors] = useState<DealDetailsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function updateField<K extends keyof DealDetailsValues>(field: K, value: DealDetailsValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    setFormError(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const nextErrors = validateDealDetails(values);
    setErrors(nextErrors);
    setFormError(null);
    if (hasFieldErrors(nextErrors)) return focusFirstInvalidField(form);

    const patch = buildDealPatch(deal, values);
    if (!patch) return onCancel();
    const outcome = await saving.run(deal.id, patch, csrfToken);
    if (outcome.ok) return onSaved(outcome.data);
    const report = describeDealSaveError(outcome.error, 'update');
    setErrors(report.fieldErrors);
    setFormError(report.formError);
    focusFirstInvalidField(form);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="edit-deal-form" aria-label="Modifier le dossier">
      <Stack gap="lg">
        <FormErrorAlert message={formError} testId="edit-deal-error" />
        <DealDetailsFields
          values={values}
          errors={errors}
          onChange={updateField}
          disabled={saving.isPending}
        />
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            Les parties du dossier ne sont pas modifiables.
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel} disabled={saving.isPending}>
              Annuler
            </Button>
            <Button type="submit" loading={saving.isPending} data-testid="edit-deal-submit">
              Enregistrer
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
