import type { DeedVersionSummary } from '@deedroom/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { restoreVersion } from '../api/versions-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import { describeVersion } from './describe-person';
import { describeVersionError } from './describe-version-error';

interface RestoreVersionModalProps {
  deedId: string;
  version: DeedVersionSummary;
  onClose: () => void;
  onRestored: (created: DeedVersionSummary) => void;
}

/** « Restaurer »: asks before the text everybody is editing is replaced. */
export function RestoreVersionModal({ deedId, version, onClose, onRestored }: RestoreVersionModalProps) {
  const { csrfToken } = useAuthenticatedSession();
  const mutation = useApiMutation(() => restoreVersion(deedId, version.id, csrfToken));

  const confirm = async () => {
    const outcome = await mutation.run();
    if (!outcome.ok) return;
    onRestored(outcome.data);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Restaurer la ${describeVersion(version)}\u202f?`}
      centered
      size="md"
    >
      <Stack gap="md" data-testid="restore-version-dialog">
        <Text size="sm">
          Le texte de l’acte redeviendra celui de la V{version.number}, pour tous les participants, y compris
          ceux qui l’ont ouvert en ce moment.
        </Text>
        <Text size="sm" c="dimmed">
          Rien n’est effacé : une nouvelle version « Restauration de V{version.number} » est créée et toutes
          les versions précédentes restent consultables.
        </Text>
        <FormErrorAlert message={mutation.error && describeVersionError(mutation.error)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button
            color="orange"
            loading={mutation.isPending}
            onClick={confirm}
            data-testid="restore-version-confirm"
          >
            Restaurer la V{version.number}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
