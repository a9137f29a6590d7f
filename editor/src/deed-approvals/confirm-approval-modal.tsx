import type { DeedApprovals } from '@deedroom/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { approveDeed } from '../api/approvals-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { describeVersionError } from '../deed-versions/describe-version-error';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';

interface ConfirmApprovalModalProps {
  deedId: string;
  orgName: string;
  onClose: () => void;
  onApproved: (approvals: DeedApprovals) => void;
}

/** « Bon pour accord »: the caller's organisation approves the text as it is now. */
export function ConfirmApprovalModal({ deedId, orgName, onClose, onApproved }: ConfirmApprovalModalProps) {
  const { csrfToken } = useAuthenticatedSession();
  const mutation = useApiMutation(() => approveDeed(deedId, csrfToken));
  const confirm = async () => {
    const outcome = await mutation.run();
    if (!outcome.ok) return;
    onApproved(outcome.data);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title="Bon pour accord" centered size="md">
      <Stack gap="md" data-testid="approve-dialog">
        <Text size="sm">
          Vous donnez l’accord de <strong>{orgName}</strong> sur le texte de l’acte tel qu’il est en ce
          moment.
        </Text>
        <Text size="sm" c="dimmed">
          Le texte est enregistré comme version si ce n’est déjà fait, avec son empreinte. Toute modification
          ultérieure fera apparaître cet accord comme « texte modifié depuis l’accord ».
        </Text>
        <FormErrorAlert message={mutation.error && describeVersionError(mutation.error)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button color="teal" loading={mutation.isPending} onClick={confirm} data-testid="approve-confirm">
            Donner le bon pour accord
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
