import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconPencilQuestion, IconRefresh } from '@tabler/icons-react';
import type { CollabStopReason } from './collab-stop';

/** Shown above the document to people whose role does not allow editing. */
export function ReadOnlyBanner() {
  return (
    <Alert
      variant="light"
      color="gray"
      radius={0}
      icon={<IconEye size={18} aria-hidden="true" />}
      className="deed-read-only-banner"
      data-testid="read-only-banner"
    >
      <Text size="sm" fw={500}>
        Lecture seule : votre rôle ne permet pas de modifier cet acte
      </Text>
    </Alert>
  );
}

/** Shown to people held to suggestion mode: what happens to what they type. */
export function SuggestionModeBanner() {
  return (
    <Alert
      variant="light"
      color="yellow"
      radius={0}
      icon={<IconPencilQuestion size={18} aria-hidden="true" />}
      data-testid="suggestion-mode-banner"
    >
      <Text size="sm" fw={500}>
        Mode suggestion : vos modifications sont proposées aux autres parties, qui les acceptent ou les
        refusent
      </Text>
    </Alert>
  );
}

/** Stops that keep the editor on screen (read-only): the text is still the user's to read. */
export type RecoverableStopReason = Extract<CollabStopReason, 'too-large' | 'malformed' | 'edit-refused'>;

const STOP_MESSAGES: Record<RecoverableStopReason, { title: string; body: string }> = {
  'too-large': {
    title: 'Modification trop volumineuse',
    body: 'Le serveur a refusé une modification qui dépasse la taille autorisée (un collage très long, par exemple). Vos dernières modifications locales ne peuvent pas être envoyées : repartez de la version du serveur.',
  },
  'edit-refused': {
    title: 'Modification refusée par le serveur',
    body: 'Cet acte n’accepte de votre part que des suggestions, ou il vient d’être verrouillé. Vos dernières modifications n’ont pas été enregistrées : repartez de la version du serveur.',
  },
  malformed: {
    title: 'Échange interrompu avec le serveur',
    body: 'Le serveur n’a pas compris un message de votre navigateur. Réessayez ; si le problème persiste, rechargez la page.',
  },
};

interface StopNoticeProps {
  reason: RecoverableStopReason;
  onRetry: () => void;
  onDiscardLocalCopy: () => void;
}

/** Why live editing stopped, in French, with the one action that helps. */
export function StopNotice({ reason, onRetry, onDiscardLocalCopy }: StopNoticeProps) {
  const { title, body } = STOP_MESSAGES[reason];
  return (
    <Alert
      variant="light"
      color="red"
      radius={0}
      title={title}
      icon={<IconAlertTriangle size={18} aria-hidden="true" />}
      role="alert"
      data-testid="collab-stop-notice"
      data-reason={reason}
    >
      <Group justify="space-between" align="flex-end" gap="md" wrap="nowrap">
        <Text size="sm">{body}</Text>
        {reason === 'malformed' && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            Réessayer
          </Button>
        )}
        {(reason === 'too-large' || reason === 'edit-refused') && (
          <Button size="xs" variant="white" color="red" onClick={onDiscardLocalCopy}>
            Repartir de la version du serveur
          </Button>
        )}
      </Group>
    </Alert>
  );
}
