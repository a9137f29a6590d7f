import { EmptyState } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';

/** No deal yet: say why, and who can change that. */
export function EmptyDealList() {
  return (
    <EmptyState
      py={56}
      px="md"
      withIndicatorBackground
      icon={<IconFolderOpen size={28} stroke={1.5} aria-hidden="true" />}
      data-testid="deal-list-empty"
    >
      <EmptyState.Title order={2}>Aucun dossier pour le moment</EmptyState.Title>
      <EmptyState.Description>
        Vous n’êtes encore staffé sur aucun dossier. Un chargé d’affaires de la banque doit vous y inviter.
      </EmptyState.Description>
    </EmptyState>
  );
}
