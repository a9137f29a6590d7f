import { Center, Loader, Text } from '@mantine/core';
import { fetchWorkflowItemHistory } from '../api/workflow-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { formatMoment } from '../deed-history/format-french-time';
import { useRefreshableResource } from '../hooks/use-refreshable-resource';
import classes from './workflow-item-drawer.module.css';

/** What happened to the item: who changed what, and what the platform closed by itself. */
export function WorkflowItemHistory({ itemId, version }: { itemId: string; version: string }) {
  return (
    <div data-testid="workflow-history">
      <HistoryContent itemId={itemId} version={version} />
    </div>
  );
}

function HistoryContent({ itemId, version }: { itemId: string; version: string }) {
  const history = useRefreshableResource(`workflow-history:${itemId}:${version}`, (signal) =>
    fetchWorkflowItemHistory(itemId, signal),
  );
  if (history.error)
    return <LoadErrorAlert title="Historique indisponible" error={history.error} onRetry={history.refresh} />;
  if (!history.data)
    return (
      <Center py="sm" role="status" aria-label="Chargement de l’historique">
        <Loader size="xs" />
      </Center>
    );
  if (history.data.events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Aucun changement enregistré.
      </Text>
    );
  const events = [...history.data.events].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <ol className={classes.history}>
      {events.map((event) => (
        <li key={event.id} data-testid="workflow-history-event" data-kind={event.kind}>
          <Text size="sm">{event.summary}</Text>
          <Text size="xs" c="dimmed">
            {event.actor ? `${event.actor.name} (${event.actor.orgName})` : 'Deedroom, automatiquement'} ·{' '}
            {formatMoment(event.at)}
          </Text>
        </li>
      ))}
    </ol>
  );
}
