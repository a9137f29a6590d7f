import type { DealRole, StaffMember } from '@deedroom/shared';
import { Button, EmptyState, Group, Modal, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { assignStaffRole, fetchStaffCandidates } from '../../api/staffing-api';
import { useApiMutation } from '../../hooks/use-api-mutation';
import { useApiResource } from '../../hooks/use-api-resource';
import { describeStaffingError } from '../../messages/describe-staffing-error';
import { useAuthenticatedSession } from '../../session/session-context';
import { groupCandidatesByOrg } from '../../staffing/group-candidates-by-org';
import { isDealRole, listRoleOptions } from '../../staffing/list-role-options';
import { ROLE_SUMMARIES } from '../../staffing/role-summaries';
import classes from '../deal-form/deal-form.module.css';
import { FormErrorAlert } from '../form-error-alert';
import { LoadErrorAlert } from '../load-error-alert';

interface AddStaffMemberModalProps {
  dealId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: (member: StaffMember) => void;
}

/** "Ajouter un intervenant": someone of the deal's organisations, with a role open to their kind. */
export function AddStaffMemberModal({ dealId, opened, onClose, onAdded }: AddStaffMemberModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Ajouter un intervenant"
      size="lg"
      centered
      classNames={{ title: classes.modalTitle }}
    >
      <AddStaffMemberForm
        dealId={dealId}
        onCancel={onClose}
        onAdded={(member) => {
          onAdded(member);
          onClose();
        }}
      />
    </Modal>
  );
}

interface AddStaffMemberFormProps {
  dealId: string;
  onCancel: () => void;
  onAdded: (member: StaffMember) => void;
}

function AddStaffMemberForm({ dealId, onCancel, onAdded }: AddStaffMemberFormProps) {
  const { csrfToken } = useAuthenticatedSession();
  const candidates = useApiResource(`staff-candidates:${dealId}`, (signal) =>
    fetchStaffCandidates(dealId, signal),
  );
  const adding = useApiMutation(assignStaffRole);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<DealRole | null>(null);
  const [errors, setErrors] = useState<{ userId?: string; role?: string }>({});

  if (candidates.status === 'loading') {
    return (
      <Stack gap="md" role="status" aria-label="Chargement des personnes disponibles">
        <Skeleton height={56} />
        <Skeleton height={56} />
      </Stack>
    );
  }
  if (candidates.status === 'error') {
    return (
      <LoadErrorAlert
        title="Impossible de charger les personnes disponibles"
        error={candidates.error}
        onRetry={candidates.reload}
      />
    );
  }
  if (candidates.data.length === 0) {
    return (
      <Stack gap="lg">
        <EmptyState
          py="lg"
          withIndicatorBackground
          icon={<IconUsers size={26} stroke={1.5} aria-hidden="true" />}
          data-testid="staff-candidates-empty"
        >
          <EmptyState.Title order={2}>Personne à ajouter</EmptyState.Title>
          <EmptyState.Description>
            Tous les membres des organisations parties au dossier y interviennent déjà. Pour inviter une autre
            personne, un administrateur de la plateforme doit d’abord créer son compte dans son organisation.
          </EmptyState.Description>
        </EmptyState>
        <Group justify="flex-end">
          <Button onClick={onCancel} data-autofocus>
            Fermer
          </Button>
        </Group>
      </Stack>
    );
  }

  const selected = candidates.data.find((candidate) => candidate.userId === userId);
  const roleOptions = selected ? listRoleOptions(selected.orgKind) : [];

  function choosePerson(nextUserId: string | null) {
    setUserId(nextUserId);
    const next =
      candidates.status === 'success' ? candidates.data.find((c) => c.userId === nextUserId) : undefined;
    // A role chosen for someone of another kind of organisation may not be open to this one.
    if (!next || (role && !listRoleOptions(next.orgKind).some((option) => option.value === role)))
      setRole(null);
    setErrors((previous) => ({ ...previous, userId: undefined }));
    adding.clearError();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextErrors = {
      userId: userId ? undefined : 'Choisissez la personne à ajouter.',
      role: role ? undefined : 'Choisissez son rôle sur le dossier.',
    };
    setErrors(nextErrors);
    if (!userId || !role) return;
    const outcome = await adding.run(dealId, { userId, role }, csrfToken);
    if (outcome.ok) onAdded(outcome.data);
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="add-staff-form" aria-label="Ajouter un intervenant">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Seuls les membres des organisations parties au dossier peuvent y être ajoutés. Ils y ont accès dès
          l’enregistrement.
        </Text>
        <FormErrorAlert
          message={
            adding.error
              ? describeStaffingError(adding.error, 'add', selected?.name ?? 'Cette personne')
              : null
          }
          testId="add-staff-error"
        />
        <Select
          label="Personne"
          placeholder="Rechercher par nom"
          required
          searchable
          data-autofocus
          nothingFoundMessage="Personne ne correspond à cette recherche"
          data={groupCandidatesByOrg(candidates.data)}
          value={userId}
          onChange={choosePerson}
          renderOption={({ option }) => {
            const candidate = candidates.data.find((c) => c.userId === option.value);
            return (
              <div>
                <Text size="sm">{option.label}</Text>
                {candidate && (
                  <Text size="xs" c="dimmed">
                    {candidate.email}
                  </Text>
                )}
              </div>
            );
          }}
          description={selected ? `${selected.orgName} · ${selected.email}` : undefined}
          error={errors.userId}
          disabled={adding.isPending}
          maxDropdownHeight={320}
          data-testid="add-staff-person"
        />
        <Select
          label="Rôle sur le dossier"
          placeholder={selected ? 'Choisir le rôle' : 'Choisissez d’abord la personne'}
          required
          allowDeselect={false}
          data={roleOptions}
          value={role}
          onChange={(value) => {
            setRole(isDealRole(value) ? value : null);
            setErrors((previous) => ({ ...previous, role: undefined }));
            adding.clearError();
          }}
          description={role ? ROLE_SUMMARIES[role] : undefined}
          error={errors.role}
          disabled={!selected || adding.isPending}
          data-testid="add-staff-role"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={adding.isPending}>
            Annuler
          </Button>
          <Button type="submit" loading={adding.isPending} data-testid="add-staff-submit">
            Ajouter au dossier
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
