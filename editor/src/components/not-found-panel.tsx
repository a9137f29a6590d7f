import { Button, EmptyState, Paper } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface NotFoundPanelProps {
  testId: string;
  icon: ReactNode;
  title: string;
  description: string;
}

/** The "nothing here" panel, with the way back to the deal list. */
export function NotFoundPanel({ testId, icon, title, description }: NotFoundPanelProps) {
  return (
    <Paper withBorder p="xl" data-testid={testId}>
      <EmptyState py={40} withIndicatorBackground icon={icon}>
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
            Retour à mes dossiers
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
