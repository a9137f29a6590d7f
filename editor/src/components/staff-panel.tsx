import { DEAL_ROLE_LABELS, ORG_KIND_LABELS, ORG_KINDS, type StaffMember } from '@deedroom/shared';
import { Anchor, Badge, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { fetchDealStaff } from '../api/deals-api';
import { useApiResource } from '../hooks/use-api-resource';
import { useAuthenticatedSession } from '../session/session-context';
import tableClasses from './data-table.module.css';
import { LoadErrorAlert } from './load-error-alert';
import { PartyKindIcon } from './party-kind-icon';

/** Bank first, then developer, then notary; by organisation, then by name. */
function sortStaff(members: readonly StaffMember[]): StaffMember[] {
  return [...members].sort(
    (a, b) =>
      ORG_KINDS.indexOf(a.orgKind) - ORG_KINDS.indexOf(b.orgKind) ||
      a.orgName.localeCompare(b.orgName, 'fr') ||
      a.name.localeCompare(b.name, 'fr'),
  );
}

/** "Intervenants": who is staffed on the deal, their organisation and their role. */
export function StaffPanel({ dealId }: { dealId: string }) {
  const { user } = useAuthenticatedSession();
  const staff = useApiResource(`staff:${dealId}`, (signal) => fetchDealStaff(dealId, signal));

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

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="staff-list">
          <Table.Caption ta="left" px="lg" pb="sm">
            {staff.data.length > 1
              ? `${staff.data.length} personnes interviennent sur ce dossier.`
              : `${staff.data.length} personne intervient sur ce dossier.`}
          </Table.Caption>
          <Table.Thead className={tableClasses.head}>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">Organisation</Table.Th>
              <Table.Th scope="col">Rôle sur le dossier</Table.Th>
              <Table.Th scope="col">E-mail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sortStaff(staff.data).map((member) => (
              <Table.Tr
                key={member.userId}
                data-testid={`staff-row-${member.userId}`}
                data-user-id={member.userId}
              >
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} size="sm">
                      {member.name}
                    </Text>
                    {member.userId === user.id && (
                      <Badge size="xs" variant="light" color="navy" tt="none">
                        vous
                      </Badge>
                    )}
                  </Group>
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
                  <Text size="sm">{DEAL_ROLE_LABELS[member.role]}</Text>
                </Table.Td>
                <Table.Td>
                  <Anchor href={`mailto:${member.email}`} size="sm">
                    {member.email}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
