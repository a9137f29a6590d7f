import { Button, EmptyState } from '@mantine/core';
import { IconFolderOpen, IconPlus } from '@tabler/icons-react';

/** No deal yet: say why, and who can change that (the bank opens deals; others are invited). */
export function EmptyDealList({ onCreate }: { onCreate?: () => void }) {
  return (
    <EmptyState
      py={56}
      px="md"
      withIndicatorBackground
      icon={<IconFolderOpen size={28} stroke={1.5} aria-hidden="true" />}
      data-testid="deal-list-empty"
    >
      <EmptyState.Title order={2}>Aucun dossier pour le moment</EmptyState.Title>
      {onCreate ? (
        <>
          <EmptyState.Description>
            Vous n’êtes encore staffé sur aucun dossier. Ouvrez un dossier de financement pour un programme :
            vous en serez le chargé d’affaires et pourrez y inviter le promoteur et le notaire.
          </EmptyState.Description>
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onCreate}>
              Nouveau dossier
            </Button>
          </EmptyState.Actions>
        </>
      ) : (
        <EmptyState.Description>
          Vous n’êtes encore staffé sur aucun dossier. Un chargé d’affaires de la banque doit vous y inviter.
        </EmptyState.Description>
      )}
    </EmptyState>
  );
}
