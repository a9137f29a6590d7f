import type { DeedDetail } from '@deedroom/shared';
import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { formatMoment } from '../deed-history/format-french-time';

/** Shown above the text of a locked deed, to everyone: who locked the final text, and when. */
export function DeedLockBanner({ lock }: { lock: NonNullable<DeedDetail['lock']> }) {
  return (
    <Alert
      variant="light"
      color="grape"
      radius={0}
      icon={<IconLock size={18} aria-hidden="true" />}
      data-testid="deed-lock-banner"
      role="status"
    >
      <Text size="sm" fw={600}>
        Texte définitif verrouillé par {lock.lockedBy.name} {formatMoment(lock.lockedAt)}
      </Text>
      <Text size="xs" c="dimmed">
        Plus personne ne peut le modifier. Un déverrouillage, motivé, reste possible pour le notaire ou le
        juriste de la banque (onglet « Accords »).
      </Text>
    </Alert>
  );
}
