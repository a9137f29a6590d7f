import { Button, EmptyState, Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Any address the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page introuvable · Deedroom');
  return (
    <Paper withBorder p="xl" data-testid="page-not-found">
      <EmptyState
        py={40}
        withIndicatorBackground
        icon={<IconMapOff size={28} stroke={1.5} aria-hidden="true" />}
      >
        <EmptyState.Title order={1}>Page introuvable</EmptyState.Title>
        <EmptyState.Description>
          L’adresse demandée ne correspond à aucune page de Deedroom.
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
