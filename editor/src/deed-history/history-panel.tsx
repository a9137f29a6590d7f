import type { DeedHistoryEvent } from '@deedroom/shared';
import { Center, Loader, Select, Stack, Text } from '@mantine/core';
import {
  IconCircleCheck,
  IconCircleX,
  IconDeviceFloppy,
  IconHistory,
  IconLock,
  IconLockOpen,
  IconPencil,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { fetchHistory } from '../api/versions-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useRefreshOnEdit } from '../deed-approvals/use-refresh-on-edit';
import type { DeedSidePanelContext } from '../deed-editor/deed-side-panel';
import { useDeedSignal } from '../deed-editor/use-deed-signal';
import { useSignalledResource } from '../deed-versions/use-signalled-resource';
import { describeHistoryEvent, historyEventKey } from './describe-history-event';
import { formatDayHeading } from './format-french-time';
import classes from './history.module.css';

const ICONS: Record<DeedHistoryEvent['type'], ReactNode> = {
  edit: <IconPencil size={14} aria-hidden="true" />,
  version: <IconDeviceFloppy size={14} aria-hidden="true" />,
  approval: <IconCircleCheck size={14} aria-hidden="true" />,
  'approval-withdrawn': <IconCircleX size={14} aria-hidden="true" />,
  lock: <IconLock size={14} aria-hidden="true" />,
  unlock: <IconLockOpen size={14} aria-hidden="true" />,
};

const ALL = 'all';

/** Events grouped by day, newest first, as the API orders them. */
function groupByDay(events: readonly DeedHistoryEvent[]): Array<{ day: string; events: DeedHistoryEvent[] }> {
  const groups: Array<{ day: string; events: DeedHistoryEvent[] }> = [];
  for (const event of events) {
    const day = formatDayHeading(event.at);
    const last = groups.at(-1);
    if (last?.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

/**
 * « Historique »: who changed the deed and when, in French — periods of editing per author,
 * versions, approvals, lock and unlock — newest first, with a filter by person.
 */
export function HistoryPanel({ context }: { context: DeedSidePanelContext }) {
  const { access, connection } = context;
  // Versions, approvals and the lock are signalled; edits are not: the list is read again once typing pauses.
  const history = useSignalledResource(connection, 'versions', access.id, (signal) =>
    fetchHistory(access.id, signal),
  );
  useDeedSignal(connection, 'approvals', history.refresh);
  useRefreshOnEdit(connection.ydoc, history.refresh, 5_000);
  const [author, setAuthor] = useState<string>(ALL);
  const events = (history.data?.events ?? []).filter((e) => author === ALL || e.actor.id === author);
  const authors = history.data?.authors ?? [];

  return (
    <Stack gap="sm" p="md" data-testid="history-panel">
      {history.error && (
        <LoadErrorAlert
          title="Impossible de charger l’historique"
          error={history.error}
          onRetry={history.refresh}
        />
      )}
      {!history.data && history.isLoading && (
        <Center py="lg" role="status" aria-label="Chargement de l’historique">
          <Loader size="sm" />
        </Center>
      )}
      {history.data && authors.length > 1 && (
        <Select
          size="xs"
          label="Personne"
          value={author}
          onChange={(value) => setAuthor(value ?? ALL)}
          allowDeselect={false}
          data={[
            { value: ALL, label: 'Toutes les personnes' },
            ...authors.map((a) => ({ value: a.id, label: a.name })),
          ]}
          data-testid="history-author-filter"
        />
      )}
      {history.data && history.data.events.length === 0 && (
        <div className={classes.empty} data-testid="history-empty">
          <IconHistory size={28} stroke={1.4} aria-hidden="true" />
          <Text size="sm" fw={600} c="gray.8">
            Rien à signaler pour le moment.
          </Text>
          <Text size="sm">
            Les modifications du texte, les versions enregistrées, les accords et le verrouillage apparaîtront
            ici, avec leur auteur et leur heure.
          </Text>
        </div>
      )}
      {history.data && history.data.events.length > 0 && events.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          Aucun événement pour cette personne.
        </Text>
      )}
      {groupByDay(events).map((group) => (
        <section key={group.day} aria-label={group.day}>
          <Text className={classes.day}>{group.day}</Text>
          <ol className={classes.timeline}>
            {group.events.map((event) => {
              const described = describeHistoryEvent(event);
              return (
                <li
                  key={historyEventKey(event)}
                  className={classes.event}
                  data-type={event.type}
                  data-testid="history-event"
                >
                  <span className={classes.icon}>{ICONS[event.type]}</span>
                  <div className={classes.content}>
                    <Text size="sm" lh={1.4}>
                      {described.text}
                    </Text>
                    {described.detail && (
                      <Text size="xs" c="gray.7" className={classes.detail}>
                        {described.detail}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {described.time}
                    </Text>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </Stack>
  );
}
