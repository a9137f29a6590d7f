import { Badge, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { fetchDeals } from '../api/deals-api';
import { DealListSkeleton } from '../components/deal-list-skeleton';
import { DealTable } from '../components/deal-table';
import { EmptyDealList } from '../components/empty-deal-list';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiResource } from '../hooks/use-api-resource';

/** "Mes dossiers": every deal the user is staffed on. */
export function DealListPage() {
  useDocumentTitle('Mes dossiers · Deedroom');
  const deals = useApiResource('deals', fetchDeals);

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
            (deals.data.length === 0 ? <EmptyDealList /> : <DealTable deals={deals.data} />)}
        </Paper>
      )}
    </Stack>
  );
}
