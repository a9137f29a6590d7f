import { Group, Text, Tooltip } from '@mantine/core';
import classes from './connection-status.module.css';
import type { CollabSnapshot, CollabStatus } from './create-collab-connection';

const STATUS_LABELS: Record<CollabStatus, string> = {
  connecting: 'Connexion…',
  connected: 'Connecté',
  reconnecting: 'Reconnexion…',
  offline: 'Hors ligne',
  stopped: 'Déconnecté',
};

function describeStatus({ status, isRateLimited }: CollabSnapshot): string {
  if (isRateLimited) return 'Le serveur a demandé de ralentir : la connexion reprend dans un instant.';
  switch (status) {
    case 'connected':
      return 'Vos modifications sont enregistrées et partagées en temps réel.';
    case 'offline':
      return 'Vous pouvez continuer à rédiger : vos modifications sont conservées sur cet appareil et seront envoyées au retour de la connexion.';
    case 'reconnecting':
    case 'connecting':
      return 'Le serveur ne répond pas pour le moment. Vos modifications sont conservées sur cet appareil.';
    case 'stopped':
      return 'La connexion au serveur est interrompue.';
  }
}

function formatPending(count: number): string {
  return count === 1
    ? '1 modification non envoyée'
    : `${count.toLocaleString('fr-FR')} modifications non envoyées`;
}

/** Connecté / Reconnexion… / Hors ligne, with the number of local edits not yet sent. */
export function ConnectionStatus({ snapshot }: { snapshot: CollabSnapshot }) {
  const { status, pendingChanges } = snapshot;
  return (
    <Tooltip label={describeStatus(snapshot)} multiline w={280} position="bottom-end">
      <Group
        gap={8}
        wrap="nowrap"
        className={classes.status}
        data-status={status}
        role="status"
        aria-live="polite"
        tabIndex={0}
        data-testid="connection-status"
      >
        <span className={classes.dot} aria-hidden="true" />
        <Text size="sm" fw={600} className={classes.label}>
          {STATUS_LABELS[status]}
        </Text>
        {pendingChanges > 0 && status !== 'connected' && (
          <Text size="xs" className={classes.pending} data-testid="pending-changes">
            {formatPending(pendingChanges)}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}
