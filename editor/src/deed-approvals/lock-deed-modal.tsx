import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { lockDeed } from '../api/approvals-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { describeVersionError } from '../deed-versions/describe-version-error';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';

interface LockDeedModalProps {
  deedId: string;
  onClose: () => void;
  onLocked: () => void;
}

/** « Verrouiller le texte définitif »: asks before nobody may change the text any more. */
export function LockDeedModal({ deedId, onClose, onLocked }: LockDeedModalProps) {
  const { csrfToken } = useAuthenticatedSession();
  const mutation = useApiMutation(() => lockDeed(deedId, csrfToken));
  const confirm = async () => {
    const outcome = await mutation.run();
    if (!outcome.ok) return;
    onLocked();
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title="Verrouiller le texte définitif ?" centered size="md">
      <Stack gap="md" data-testid="lock-dialog">
        <Text size="sm">
          Toutes les parties ont donné leur accord sur le texte actuel. Une fois verrouillé, plus personne ne
          pourra le modifier, dans aucun navigateur.
        </Text>
        <Text size="sm" c="dimmed">
          Une version « Texte définitif verrouillé » est enregistrée. Un déverrouillage restera possible, avec
          un motif conservé au journal d’audit.
        </Text>
        <FormErrorAlert message={mutation.error && describeVersionError(mutation.error)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button color="grape" loading={mutation.isPending} onClick={confirm} data-testid="lock-confirm">
            Verrouiller
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
