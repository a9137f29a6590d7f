import { Button, Center, EmptyState, Paper } from '@mantine/core';
import { IconArrowLeft, IconFileOff } from '@tabler/icons-react';
import { Link } from 'react-router';

const MESSAGES = {
  forbidden: {
    title: 'Votre accès à cet acte a été retiré',
    body: 'Les intervenants du dossier ont changé : cet acte n’est plus partagé avec vous. Sa copie locale a été effacée de cet appareil.',
  },
  'not-found': {
    title: 'Acte introuvable',
    body: 'Cet acte n’existe pas, ou il n’est pas partagé avec vous. Vérifiez le lien qui vous a été transmis.',
  },
} as const;

/** Shown instead of the editor once the deed is out of reach (withdrawn access, unknown deed). */
export function DeedUnavailable({ reason, dealId }: { reason: keyof typeof MESSAGES; dealId?: string }) {
  const { title, body } = MESSAGES[reason];
  return (
    <Center py={64} px="md">
      <Paper withBorder p="xl" maw={560} w="100%" data-testid="deed-unavailable" data-reason={reason}>
        <EmptyState
          py={32}
          withIndicatorBackground
          icon={<IconFileOff size={28} stroke={1.5} aria-hidden="true" />}
        >
          <EmptyState.Title order={1}>{title}</EmptyState.Title>
          <EmptyState.Description>{body}</EmptyState.Description>
          <EmptyState.Actions>
            <Button
              component={Link}
              to={reason === 'forbidden' || !dealId ? '/' : `/deals/${encodeURIComponent(dealId)}`}
              leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
            >
              {reason === 'forbidden' || !dealId ? 'Retour à mes dossiers' : 'Retour au dossier'}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Center>
  );
}
