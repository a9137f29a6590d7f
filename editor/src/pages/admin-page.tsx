import type { Org } from '@deedroom/shared';
import { Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconBuildingPlus } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { fetchOrgs } from '../api/admin-api';
import { CreateOrgModal } from '../components/admin/create-org-modal';
import { OrgDirectory } from '../components/admin/org-directory';
import { OrgUsersPanel } from '../components/admin/org-users-panel';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiResource } from '../hooks/use-api-resource';
import { isPlatformAdmin } from '../session/is-platform-admin';
import { useAuthenticatedSession } from '../session/session-context';
import { NotFoundPage } from './not-found-page';

/** `/administration`: platform administrators only; anyone else gets "Page introuvable". */
export function AdminPage() {
  const { user } = useAuthenticatedSession();
  if (!isPlatformAdmin(user)) return <NotFoundPage />;
  return <AdminWorkspace />;
}

/** The organisation asked for in the address, else the administrator's own, else the first. */
function pickSelectedOrg(
  orgs: readonly Org[],
  requestedId: string | null,
  ownOrgId: string,
): Org | undefined {
  return orgs.find((org) => org.id === requestedId) ?? orgs.find((org) => org.id === ownOrgId) ?? orgs[0];
}

function AdminWorkspace() {
  useDocumentTitle('Administration · Deedroom');
  const { user } = useAuthenticatedSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const orgs = useApiResource('admin-orgs', fetchOrgs);
  const [isCreateOrgOpen, createOrgModal] = useDisclosure(false);

  const selected =
    orgs.status === 'success' ? pickSelectedOrg(orgs.data, searchParams.get('org'), user.orgId) : undefined;

  function handleOrgCreated(org: Org) {
    orgs.replace((current) => [...current, org]);
    navigate(`/administration?org=${encodeURIComponent(org.id)}`);
  }

  return (
    <Stack gap="lg" data-testid="admin-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Administration</Title>
          <Text c="dimmed" mt={4}>
            Les organisations présentes sur Deedroom et les comptes de leurs collaborateurs.
          </Text>
        </div>
        <Button
          leftSection={<IconBuildingPlus size={16} aria-hidden="true" />}
          onClick={createOrgModal.open}
          data-testid="create-org-button"
        >
          Nouvelle organisation
        </Button>
      </Group>

      {orgs.status === 'error' && (
        <LoadErrorAlert
          title="Impossible d’afficher les organisations"
          error={orgs.error}
          onRetry={orgs.reload}
        />
      )}
      {orgs.status === 'loading' && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder p="md" role="status" aria-label="Chargement des organisations">
              <Stack gap="md">
                {[0, 1, 2, 3].map((row) => (
                  <Skeleton key={row} height={36} />
                ))}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton height={240} radius="md" />
          </Grid.Col>
        </Grid>
      )}
      {orgs.status === 'success' && (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <OrgDirectory orgs={orgs.data} selectedId={selected?.id ?? null} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected ? (
              <OrgUsersPanel key={selected.id} org={selected} />
            ) : (
              <Paper withBorder p="xl">
                <Text c="dimmed">Créez une organisation pour y ajouter des utilisateurs.</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
      <CreateOrgModal opened={isCreateOrgOpen} onClose={createOrgModal.close} onCreated={handleOrgCreated} />
    </Stack>
  );
}
