import { ORG_KIND_LABELS, type Org, type User } from '@deedroom/shared';
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { fetchOrgUsers } from '../../api/admin-api';
import { useApiResource } from '../../hooks/use-api-resource';
import { useAuthenticatedSession } from '../../session/session-context';
import tableClasses from '../data-table.module.css';
import { LoadErrorAlert } from '../load-error-alert';
import { PartyKindIcon } from '../party-kind-icon';
import { PersonName } from '../person-name';
import { CreateUserModal } from './create-user-modal';

function sortUsers(users: readonly User[]): User[] {
  return [...users].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

function describeUserCount(count: number): string {
  if (count === 0) return 'Aucun compte utilisateur';
  return count > 1 ? `${count} comptes utilisateurs` : '1 compte utilisateur';
}

/** One organisation's user accounts, and "Nouvel utilisateur". */
export function OrgUsersPanel({ org }: { org: Org }) {
  const { user: me } = useAuthenticatedSession();
  const users = useApiResource(`org-users:${org.id}`, (signal) => fetchOrgUsers(org.id, signal));
  const [isCreateOpen, createModal] = useDisclosure(false);

  return (
    <Paper
      withBorder
      shadow="xs"
      style={{ overflow: 'hidden' }}
      data-testid="org-users-panel"
      data-org-id={org.id}
    >
      <Group justify="space-between" px="lg" py="md" gap="md" wrap="nowrap">
        <Group gap="md" wrap="nowrap" miw={0}>
          <ThemeIcon size={40} radius="md" variant="light" color="navy">
            <PartyKindIcon kind={org.kind} size={22} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Title order={2} size="h3" data-testid="org-users-title" lineClamp={1}>
                {org.name}
              </Title>
              <Badge variant="light" color="gray" tt="none" fw={600}>
                {ORG_KIND_LABELS[org.kind]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {users.status === 'success' ? describeUserCount(users.data.length) : 'Comptes utilisateurs'}
            </Text>
          </div>
        </Group>
        <Button
          leftSection={<IconUserPlus size={16} aria-hidden="true" />}
          onClick={createModal.open}
          data-testid="create-user-button"
        >
          Nouvel utilisateur
        </Button>
      </Group>

      {users.status === 'loading' && (
        <Stack gap="md" px="lg" pb="lg" role="status" aria-label="Chargement des utilisateurs">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={16} width={`${60 - row * 10}%`} />
          ))}
        </Stack>
      )}
      {users.status === 'error' && (
        <Stack px="lg" pb="lg">
          <LoadErrorAlert
            title="Impossible d’afficher les utilisateurs"
            error={users.error}
            onRetry={users.reload}
          />
        </Stack>
      )}
      {users.status === 'success' && users.data.length === 0 && (
        <EmptyState
          py={40}
          px="md"
          withIndicatorBackground
          icon={<IconUsers size={26} stroke={1.5} aria-hidden="true" />}
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          data-testid="org-users-empty"
        >
          <EmptyState.Title order={3}>Aucun utilisateur dans cette organisation</EmptyState.Title>
          <EmptyState.Description>
            Créez le premier compte : un chargé d’affaires pourra ensuite inviter cette personne sur les
            dossiers dont son organisation est partie.
          </EmptyState.Description>
        </EmptyState>
      )}
      {users.status === 'success' && users.data.length > 0 && (
        <Table.ScrollContainer minWidth={620} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="org-users-list">
            <Table.Thead className={tableClasses.head}>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">E-mail</Table.Th>
                <Table.Th scope="col">Droits</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sortUsers(users.data).map((user) => (
                <Table.Tr key={user.id} data-testid={`org-user-row-${user.id}`} data-user-email={user.email}>
                  <Table.Td>
                    <PersonName name={user.name} isMe={user.id === me.id} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`mailto:${user.email}`} size="sm">
                      {user.email}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {user.isAdmin ? (
                      <Badge variant="light" color="navy" tt="none" fw={600}>
                        Administrateur de la plateforme
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Utilisateur
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateUserModal
        org={org}
        opened={isCreateOpen}
        onClose={createModal.close}
        onCreated={(created) => users.replace((current) => [...current, created])}
      />
    </Paper>
  );
}
