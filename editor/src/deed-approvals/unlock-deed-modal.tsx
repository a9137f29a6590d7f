import { LIMITS } from '@deedroom/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { unlockDeed } from '../api/approvals-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { describeVersionError } from '../deed-versions/describe-version-error';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';

interface UnlockDeedModalProps {
  deedId: string;
  onClose: () => void;
  onUnlocked: () => void;
}

/** « Déverrouiller »: an exception, so it takes a reason, which the audit log keeps. */
export function UnlockDeedModal({ deedId, onClose, onUnlocked }: UnlockDeedModalProps) {
  const { csrfToken } = useAuthenticatedSession();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const mutation = useApiMutation((text: string) => unlockDeed(deedId, text, csrfToken));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < LIMITS.unlockReasonMinLength) {
      setReasonError('Indiquez pourquoi le texte doit être déverrouillé (quelques mots au moins).');
      return;
    }
    const outcome = await mutation.run(trimmed);
    if (!outcome.ok) return;
    onUnlocked();
    onClose();
  }

  return (
    <Modal opened onClose={onClose} title="Déverrouiller le texte" centered size="md">
      <form onSubmit={submit} noValidate data-testid="unlock-form">
        <Stack gap="md">
          <Text size="sm">
            Le texte pourra de nouveau être modifié. Les accords déjà donnés restent affichés, mais
            apparaîtront comme « texte modifié depuis l’accord » à la première modification.
          </Text>
          <Textarea
            label="Motif du déverrouillage"
            description="Conservé au journal d’audit et visible dans l’historique de l’acte."
            placeholder="Par exemple : erreur matérielle dans le tableau d’amortissement"
            required
            autosize
            minRows={3}
            maxRows={6}
            maxLength={LIMITS.unlockReasonMaxLength}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            data-autofocus
            data-testid="unlock-reason"
          />
          <FormErrorAlert message={mutation.error && describeVersionError(mutation.error)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} data-testid="unlock-confirm">
              Déverrouiller
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
