import type { MyActions } from '@deedroom/shared';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChecklist, IconFilterOff, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { LoadErrorAlert } from '../components/load-error-alert';
import { describeApiError } from '../messages/describe-api-error';
import { filterMyActions, listActionDeals } from './filter-my-actions';
import { MyActionCounts } from './my-action-counts';
import { MyActionTable } from './my-action-table';
import { useMyActions } from './my-actions-context';
import { MyActionsSkeleton } from './my-actions-skeleton';

/**
 * « Mes actions »: every open step of the user's deals that is theirs (or their organisation's)
 * to act on, most urgent first, for following dozens of deals without opening each one.
 */
export function MyActionsPage() {
  useDocumentTitle('Mes actions · Deedroom');
  const { data, error, refresh } = useMyActions();

  return (
    <Stack gap="lg" data-testid="my-actions-page">
      <div>
        <Title order={1}>Mes actions</Title>
        <Text c="dimmed" mt={4}>
          {data && data.dealCount > 0
            ? `Les étapes des échéanciers qui vous reviennent, à vous ou à votre organisation, sur ${formatDealCount(data.dealCount)}. Les plus urgentes d’abord.`
            : 'Les étapes des échéanciers qui vous reviennent, à vous ou à votre organisation. Les plus urgentes d’abord.'}
        </Text>
      </div>

      {data === null && error !== null && (
        <LoadErrorAlert
          title="Impossible d’afficher vos actions"
          error={error}
          onRetry={refresh}
          testId="my-actions-error"
        />
      )}
      {data === null && error === null && <MyActionsSkeleton />}
      {data !== null && error !== null && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={20} aria-hidden="true" />}>
          <Group justify="space-between" gap="md">
            <Text size="sm">Actualisation impossible : {describeApiError(error)}</Text>
            <Button variant="white" color="orange" size="xs" onClick={refresh}>
              Réessayer
            </Button>
          </Group>
        </Alert>
      )}
      {data !== null && (data.counts.total === 0 ? <NothingToDo /> : <MyActionsContent actions={data} />)}
    </Stack>
  );
}

function formatDealCount(count: number): string {
  return count === 1 ? '1 dossier' : `${count.toLocaleString('fr-FR')} dossiers`;
}

function MyActionsContent({ actions }: { actions: MyActions }) {
  const [dealId, setDealId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const deals = useMemo(() => listActionDeals(actions.items), [actions.items]);
  // A deal whose last action was just done disappears from the list: drop it from the filter too.
  const activeDealId = dealId !== null && deals.some((deal) => deal.value === dealId) ? dealId : null;
  const shown = useMemo(
    () => filterMyActions(actions.items, { dealId: activeDealId, query }),
    [actions.items, activeDealId, query],
  );
  const isFiltered = activeDealId !== null || query.trim() !== '';
  const isTruncated = actions.items.length < actions.counts.total;

  function clearFilters() {
    setDealId(null);
    setQuery('');
  }

  return (
    <>
      <MyActionCounts counts={actions.counts} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Rechercher"
          placeholder="Action, dossier, personne…"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={320}
          data-testid="my-actions-search"
        />
        <Select
          label="Dossier"
          placeholder="Tous les dossiers"
          data={deals}
          value={activeDealId}
          onChange={setDealId}
          searchable
          clearable
          nothingFoundMessage="Aucun dossier"
          w={320}
          data-testid="my-actions-deal-filter"
        />
        {isFiltered && (
          <Text size="sm" c="dimmed" pb={8} data-testid="my-actions-shown-count">
            {shown.length.toLocaleString('fr-FR')} sur {actions.items.length.toLocaleString('fr-FR')}
          </Text>
        )}
      </Group>
      {isTruncated && (
        <Text size="sm" c="dimmed" data-testid="my-actions-truncated">
          {actions.items.length.toLocaleString('fr-FR')} premières actions affichées sur{' '}
          {actions.counts.total.toLocaleString('fr-FR')}, les plus urgentes. Les autres restent visibles dans
          l’échéancier de chaque dossier.
        </Text>
      )}
      <Paper withBorder shadow="xs" style={{ overflow: 'hidden' }}>
        {shown.length === 0 ? (
          <EmptyState
            py={40}
            px="md"
            icon={<IconFilterOff size={24} stroke={1.5} aria-hidden="true" />}
            data-testid="my-actions-no-match"
          >
            <EmptyState.Title order={2}>Aucune action ne correspond</EmptyState.Title>
            <EmptyState.Description>
              Modifiez la recherche ou choisissez un autre dossier.
            </EmptyState.Description>
            <EmptyState.Actions>
              <Button variant="default" onClick={clearFilters}>
                Effacer les filtres
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <MyActionTable items={shown} today={actions.today} />
        )}
      </Paper>
    </>
  );
}

function NothingToDo() {
  return (
    <Paper withBorder shadow="xs">
      <EmptyState
        py={56}
        px="md"
        withIndicatorBackground
        icon={<IconChecklist size={28} stroke={1.5} aria-hidden="true" />}
        data-testid="my-actions-empty"
      >
        <EmptyState.Title order={2}>Rien à faire pour l’instant…</EmptyState.Title>
        <EmptyState.Description>
          Aucune étape ouverte ne vous attend. Dès qu’une étape de l’échéancier d’un dossier vous est confiée,
          à vous ou à votre organisation, elle apparaît ici avec sa date limite, les plus urgentes en premier.
        </EmptyState.Description>
      </EmptyState>
    </Paper>
  );
}
