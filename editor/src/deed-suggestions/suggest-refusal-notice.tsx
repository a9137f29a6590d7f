import { Alert, Text } from '@mantine/core';
import { IconHandStop } from '@tabler/icons-react';
import type { SuggestRefusal } from './use-suggest-mode';

const MESSAGES: Record<SuggestRefusal, string> = {
  'others-suggestion':
    'Vous ne pouvez pas supprimer le texte qu’un autre participant propose d’ajouter : commentez-le, ou demandez-lui de retirer sa suggestion.',
  forced:
    'Votre partie est en mode suggestion sur cet acte : accepter ou refuser les suggestions revient aux rédacteurs.',
};

/** Why the editor did not apply the user's last change (nothing was sent). */
export function SuggestRefusalNotice({ reason, onClose }: { reason: SuggestRefusal; onClose: () => void }) {
  return (
    <Alert
      variant="light"
      color="orange"
      radius={0}
      icon={<IconHandStop size={18} aria-hidden="true" />}
      withCloseButton
      closeButtonLabel="Fermer"
      onClose={onClose}
      role="status"
      data-testid="suggest-refusal-notice"
    >
      <Text size="sm">{MESSAGES[reason]}</Text>
    </Alert>
  );
}
