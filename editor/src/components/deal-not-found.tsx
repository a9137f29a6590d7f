import { Button, EmptyState, Paper } from '@mantine/core';
import { IconArrowLeft, IconFolderQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';

/**
 * Shown for a deal that does not exist or is not shared with the user: both read the same,
 * so that nobody learns whether someone else's deal exists.
 */
export function DealNotFound() {
  return (
    <Paper withBorder p="xl" data-testid="deal-not-found">
      <EmptyState
        py={40}
        withIndicatorBackground
        icon={<IconFolderQuestion size={28} stroke={1.5} aria-hidden="true" />}
      >
        <EmptyState.Title order={1}>Dossier introuvable</EmptyState.Title>
        <EmptyState.Description>
          Ce dossier n’existe pas, ou il n’est pas partagé avec vous. Vérifiez le lien qui vous a été
          transmis.
        </EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
            Retour à mes dossiers
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
