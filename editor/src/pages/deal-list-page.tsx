import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { fetchDeals } from '../api/deals-api';
import { NewDealModal } from '../components/deal-form/new-deal-modal';
import { DealListSkeleton } from '../components/deal-list-skeleton';
import { DealTable } from '../components/deal-table';
import { EmptyDealList } from '../components/empty-deal-list';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiResource } from '../hooks/use-api-resource';
import { useAuthenticatedSession } from '../session/session-context';

/** "Mes dossiers": every deal the user is staffed on. */
export function DealListPage() {
  useDocumentTitle('Mes dossiers · Deedroom');
  const deals = useApiResource('deals', fetchDeals);
  const { user } = useAuthenticatedSession();
  // Only the bank opens deals (the API refuses anyone else).
  const canCreate = user.orgKind === 'bank';
  const [isNewDealOpen, newDealModal] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm" align="center">
            <Title order={1}>Mes dossiers</Title>
            {deals.status === 'success' && deals.data.length > 0 && (
              <Badge variant="light" color="gray" size="lg" radius="sm" data-testid="deal-count">
                {deals.data.length}
                <VisuallyHidden> dossiers</VisuallyHidden>
              </Badge>
            )}
          </Group>
          <Text c="dimmed" mt={4}>
            Les financements de programmes immobiliers sur lesquels vous intervenez.
          </Text>
        </div>
        {canCreate && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={newDealModal.open}
            data-testid="new-deal-button"
          >
            Nouveau dossier
          </Button>
        )}
      </Group>

      {deals.status === 'error' ? (
        <LoadErrorAlert
          title="Impossible d’afficher vos dossiers"
          error={deals.error}
          onRetry={deals.reload}
          testId="deal-list-error"
        />
      ) : (
        <Paper withBorder shadow="xs" style={{ overflow: 'hidden' }}>
          {deals.status === 'loading' && <DealListSkeleton />}
          {deals.status === 'success' &&
            (deals.data.length === 0 ? (
              <EmptyDealList onCreate={canCreate ? newDealModal.open : undefined} />
            ) : (
              <DealTable deals={deals.data} />
            ))}
        </Paper>
      )}
      {canCreate && <NewDealModal opened={isNewDealOpen} onClose={newDealModal.close} />}
    </Stack>
  );
}
