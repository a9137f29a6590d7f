import { DEAL_ROLE_LABELS, type StaffMember } from '@deedroom/shared';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { removeStaffMember } from '../../api/staffing-api';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { describeStaffingError } from '../../messages/describe-staffing-error';
import { useAuthenticatedSession } from '../../session/session-context';
import classes from '../deal-form/deal-form.module.css';
import { FormErrorAlert } from '../form-error-alert';

interface RemoveStaffMemberModalProps {
  dealId: string;
  /** The person to remove; kept while the modal closes so that its text does not vanish. */
  member: StaffMember | null;
  opened: boolean;
  onClose: () => void;
  onRemoved: (member: StaffMember) => void;
}

/** Asks before removing someone from the deal: their access ends at once. */
export function RemoveStaffMemberModal({
  dealId,
  member,
  opened,
  onClose,
  onRemoved,
}: RemoveStaffMemberModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Retirer du dossier"
      size="md"
      centered
      classNames={{ title: classes.modalTitle }}
    >
      {member && (
        <RemoveStaffMemberConfirmation
          key={member.userId}
          dealId={dealId}
          member={member}
          onCancel={onClose}
          onRemoved={onRemoved}
        />
      )}
    </Modal>
  );
}

interface RemoveStaffMemberConfirmationProps {
  dealId: string;
  member: StaffMember;
  onCancel: () => void;
  onRemoved: (member: StaffMember) => void;
}

function RemoveStaffMemberConfirmation({
  dealId,
  member,
  onCancel,
  onRemoved,
}: RemoveStaffMemberConfirmationProps) {
  const { csrfToken, user } = useAuthenticatedSession();
  const removal = useApiMutation(removeStaffMember);
  const isSelf = member.userId === user.id;

  async function handleConfirm() {
    const outcome = await removal.run(dealId, member.userId, csrfToken);
    if (outcome.ok) onRemoved(member);
  }

  return (
    <Stack gap="md" data-testid="remove-staff-dialog">
      <Text size="sm">
        Retirer{' '}
        <Text span fw={600} size="sm">
          {member.name}
        </Text>{' '}
        ({member.orgName}, {DEAL_ROLE_LABELS[member.role].toLowerCase()}) de ce dossier ?
      </Text>
      <Text size="sm" c="dimmed">
        Son accès au dossier, à ses actes et à son coffre-fort cesse immédiatement, y compris dans un éditeur
        déjà ouvert. Vous pourrez l’ajouter de nouveau plus tard.
      </Text>
      {isSelf && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden="true" />}>
          Vous vous retirez vous-même : vous n’aurez plus accès à ce dossier.
        </Alert>
      )}
      <FormErrorAlert
        message={removal.error ? describeStaffingError(removal.error, 'remove', member.name) : null}
        testId="remove-staff-error"
      />
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onCancel} disabled={removal.isPending} data-autofocus>
          Annuler
        </Button>
        <Button
          color="red"
          onClick={handleConfirm}
          loading={removal.isPending}
          data-testid="remove-staff-confirm"
        >
          Retirer du dossier
        </Button>
      </Group>
    </Stack>
  );
}
