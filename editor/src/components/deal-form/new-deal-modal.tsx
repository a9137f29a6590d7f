import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchOrgs } from '../../api/admin-api';
import { createDeal } from '../../api/deals-api';
import { buildCreateDealRequest } from '../../deals/build-deal-requests';
import {
  type DealDetailsErrors,
  type DealDetailsValues,
  type DealPartiesErrors,
  type DealPartiesValues,
  EMPTY_DEAL_DETAILS,
  EMPTY_DEAL_PARTIES,
} from '../../deals/deal-form-values';
import { buildDealTabPath } from '../../deals/deal-tabs';
import { validateDealDetails, validateDealParties } from '../../deals/validate-deal-form';
import { focusFirstInvalidField } from '../../forms/focus-first-invalid-field';
import { hasFieldErrors } from '../../forms/has-field-errors';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { useApiResource } from '../../hooks/use-api-resource';
import { describeDealSaveError } from '../../messages/describe-deal-save-error';
import { useAuthenticatedSession } from '../../session/session-context';
import { FormErrorAlert } from '../form-error-alert';
import { DealDetailsFields } from './deal-details-fields';
import classes from './deal-form.module.css';
import { DealPartiesFields } from './deal-parties-fields';

interface NewDealModalProps {
  opened: boolean;
  onClose: () => void;
}

/** "Nouveau dossier": the bank opens a financing file; the creator becomes its bank manager. */
export function NewDealModal({ opened, onClose }: NewDealModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Nouveau dossier de financement"
      size="xl"
      centered
      classNames={{ title: classes.modalTitle }}
    >
      <NewDealForm onCancel={onClose} />
    </Modal>
  );
}

/** Mounted only while the modal is open: every opening starts from an empty form. */
function NewDealForm({ onCancel }: { onCancel: () => void }) {
  const { csrfToken, user } = useAuthenticatedSession();
  const navigate = useNavigate();
  const orgs = useApiResource('orgs', fetchOrgs);
  const creation = useApiMutation(createDeal);
  const [details, setDetails] = useState<DealDetailsValues>(EMPTY_DEAL_DETAILS);
  const [parties, setParties] = useState<DealPartiesValues>(EMPTY_DEAL_PARTIES);
  const [detailErrors, setDetailErrors] = useState<DealDetailsErrors>({});
  const [partyErrors, setPartyErrors] = useState<DealPartiesErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function updateDetail<K extends keyof DealDetailsValues>(field: K, value: DealDetailsValues[K]) {
    setDetails((previous) => ({ ...previous, [field]: value }));
    setDetailErrors((previous) => ({ ...previous, [field]: undefined }));
    setFormError(null);
  }

  function updateParty<K extends keyof DealPartiesValues>(field: K, value: DealPartiesValues[K]) {
    setParties((previous) => ({ ...previous, [field]: value }));
    setPartyErrors((previous) => ({ ...previous, [field]: undefined }));
    setFormError(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const nextDetailErrors = validateDealDetails(details);
    const nextPartyErrors = validateDealParties(parties);
    setDetailErrors(nextDetailErrors);
    setPartyErrors(nextPartyErrors);
    setFormError(null);
    if (hasFieldErrors(nextDetailErrors) || hasFieldErrors(nextPartyErrors)) {
      setFormError('Certains champs sont incomplets : corrigez-les pour ouvrir le dossier.');
      focusFirstInvalidField(form);
      return;
    }

    const outcome = await creation.run(buildCreateDealRequest(details, parties), csrfToken);
    if (outcome.ok) {
      navigate(buildDealTabPath(outcome.data.id, 'deeds'));
      return;
    }
    const report = describeDealSaveError(outcome.error, 'create');
    setDetailErrors(report.fieldErrors);
    setPartyErrors(report.fieldErrors);
    setFormError(report.formError);
    focusFirstInvalidField(form);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="new-deal-form" aria-label="Nouveau dossier">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Vous serez chargé d’affaires du dossier et pourrez ensuite y inviter les intervenants de chaque
          partie.
        </Text>
        <FormErrorAlert message={formError} testId="new-deal-error" />
        <Stack gap="sm">
          <Text className={classes.sectionTitle}>Programme</Text>
          <DealDetailsFields
            values={details}
            errors={detailErrors}
            onChange={updateDetail}
            disabled={creation.isPending}
          />
        </Stack>
        <Divider />
        <Stack gap="sm">
          <Text className={classes.sectionTitle}>Parties au dossier</Text>
          <DealPartiesFields
            orgs={orgs}
            onRetry={orgs.reload}
            ownOrgId={user.orgId}
            values={parties}
            errors={partyErrors}
            onChange={updateParty}
            disabled={creation.isPending}
          />
        </Stack>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            Les champs marqués d’un astérisque sont obligatoires.
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel} disabled={creation.isPending}>
              Annuler
            </Button>
            <Button type="submit" loading={creation.isPending} data-testid="new-deal-submit">
              Ouvrir le dossier
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
