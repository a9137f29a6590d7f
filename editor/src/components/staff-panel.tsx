import { DEAL_ROLE_LABELS, ORG_KIND_LABELS, type StaffMember } from '@deedroom/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError } from '../api/api-error';
import { fetchDealStaff } from '../api/deals-api';
import { useApiResource } from '../hooks/use-api-resource';
import { describeStaffingError } from '../messages/describe-staffing-error';
import { useAuthenticatedSession } from '../session/session-context';
import { sortByOrganisation } from '../staffing/sort-by-organisation';
import tableClasses from './data-table.module.css';
import { LoadErrorAlert } from './load-error-alert';
import { PartyKindIcon } from './party-kind-icon';
import { PersonName } from './person-name';
import { AddStaffMemberModal } from './staffing/add-staff-member-modal';
import { RemoveStaffMemberModal } from './staffing/remove-staff-member-modal';
import { StaffRoleSelect } from './staffing/staff-role-select';

interface StaffPanelProps {
  dealId: string;
  /** The user holds `staffing.manage`: they may add people, change roles and remove people. */
  canManage: boolean;
  /** Called after the user changed their own staffing (their access to the deal may have changed). */
  onOwnAccessChanged: () => void;
}

type Notice = { tone: 'success' | 'error'; message: string };

function describeCount(count: number): string {
  return count > 1
    ? `${count} personnes interviennent sur ce dossier.`
    : `${count} personne intervient sur ce dossier.`;
}

/** "Intervenants": who is staffed on the deal, their organisation and their role; managed by the bank. */
export function StaffPanel({ dealId, canManage, onOwnAccessChanged }: StaffPanelProps) {
  const { user } = useAuthenticatedSession();
  const staff = useApiResource(`staff:${dealId}`, (signal) => fetchDealStaff(dealId, signal));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isAddOpen, addModal] = useDisclosure(false);
  const [removal, setRemoval] = useState<StaffMember | null>(null);
  const [isRemoveOpen, removeModal] = useDisclosure(false);

  if (staff.status === 'error') {
    return (
      <LoadErrorAlert
        title="Impossible d’afficher les intervenants"
        error={staff.error}
        onRetry={staff.reload}
      />
    );
  }
  if (staff.status === 'loading') {
    return (
      <Paper withBorder p="lg" role="status" aria-label="Chargement des intervenants">
        <Stack gap="md">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={16} width={`${70 - row * 8}%`} />
          ))}
        </Stack>
      </Paper>
    );
  }

  function handleAdded(member: StaffMember) {
    staff.replace((members) => [...members.filter((m) => m.userId !== member.userId), member]);
    setNotice({
      tone: 'success',
      message: `${member.name} intervient désormais sur le dossier (${DEAL_ROLE_LABELS[member.role].toLowerCase()}).`,
    });
  }

  function handleRoleChanged(member: StaffMember) {
    staff.replace((members) => members.map((m) => (m.userId === member.userId ? member : m)));
    setNotice({
      tone: 'success',
      message: `Rôle de ${member.name} modifié : ${DEAL_ROLE_LABELS[member.role].toLowerCase()}.`,
    });
    if (member.userId === user.id) onOwnAccessChanged();
  }

  function handleRemoved(member: StaffMember) {
    removeModal.close();
    staff.replace((members) => members.filter((m) => m.userId !== member.userId));
    setNotice({ tone: 'success', message: `${member.name} n’intervient plus sur le dossier.` });
    if (member.userId === user.id) onOwnAccessChanged();
  }

  function askToRemove(member: StaffMember) {
    setNotice(null);
    setRemoval(member);
    removeModal.open();
  }

  return (
    <Stack gap="md">
      {notice && (
        <Alert
          color={notice.tone === 'success' ? 'teal' : 'red'}
          variant="light"
          icon={
            notice.tone === 'success' ? (
              <IconCircleCheck size={20} aria-hidden="true" />
            ) : (
              <IconAlertCircle size={20} aria-hidden="true" />
            )
          }
          role={notice.tone === 'success' ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel="Masquer ce message"
          onClose={() => setNotice(null)}
          data-testid={notice.tone === 'success' ? 'staff-notice' : 'staff-error'}
        >
          {notice.message}
        </Alert>
      )}
      <Paper withBorder style={{ overflow: 'hidden' }}>
        <Group justify="space-between" px="lg" py="md" gap="md">
          <div>
            <Text fw={600}>Intervenants du dossier</Text>
            <Text size="sm" c="dimmed" data-testid="staff-count">
              {describeCount(staff.data.length)}
            </Text>
          </div>
          {canManage && (
            <Button
              leftSection={<IconUserPlus size={16} aria-hidden="true" />}
              onClick={() => {
                setNotice(null);
                addModal.open();
              }}
              data-testid="add-staff-button"
            >
              Ajouter un intervenant
            </Button>
          )}
        </Group>
        <Table.ScrollContainer minWidth={canManage ? 900 : 760} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="staff-list">
            <Table.Thead className={tableClasses.head}>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Organisation</Table.Th>
                <Table.Th scope="col">Rôle sur le dossier</Table.Th>
                <Table.Th scope="col">E-mail</Table.Th>
                {canManage && (
                  <Table.Th scope="col" w={64}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sortByOrganisation(staff.data).map((member) => (
                <Table.Tr
                  key={member.userId}
                  data-testid={`staff-row-${member.userId}`}
                  data-user-id={member.userId}
                  data-user-email={member.email}
                >
                  <Table.Td>
                    <PersonName name={member.name} isMe={member.userId === user.id} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={8} wrap="nowrap" c="gray.7">
                      <PartyKindIcon kind={member.orgKind} />
                      <div>
                        <Text size="sm" c="var(--mantine-color-text)">
                          {member.orgName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {ORG_KIND_LABELS[member.orgKind]}
                        </Text>
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <StaffRoleSelect
                        dealId={dealId}
                        member={member}
                        onChanged={handleRoleChanged}
                        onFailed={(error: ApiError) =>
                          setNotice({
                            tone: 'error',
                            message: describeStaffingError(error, 'change-role', member.name),
                          })
                        }
                      />
                    ) : (
                      <Text size="sm">{DEAL_ROLE_LABELS[member.role]}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`mailto:${member.email}`} size="sm">
                      {member.email}
                    </Anchor>
                  </Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      <Tooltip label="Retirer du dossier">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="lg"
                          aria-label={`Retirer ${member.name} du dossier`}
                          onClick={() => askToRemove(member)}
                          data-testid={`staff-remove-${member.userId}`}
                        >
                          <IconTrash size={18} stroke={1.6} aria-hidden="true" />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {canManage && (
        <>
          <AddStaffMemberModal
            dealId={dealId}
            opened={isAddOpen}
            onClose={addModal.close}
            onAdded={handleAdded}
          />
          <RemoveStaffMemberModal
            dealId={dealId}
            member={removal}
            opened={isRemoveOpen}
            onClose={removeModal.close}
            onRemoved={handleRemoved}
          />
        </>
      )}
    </Stack>
  );
}
