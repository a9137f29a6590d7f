import { DEED_VERSION_KIND_LABELS, type DeedVersionKind } from '@deedroom/shared';
import { Badge } from '@mantine/core';

const KIND_COLORS: Record<DeedVersionKind, string> = {
  manual: 'navy',
  approval: 'teal',
  lock: 'grape',
  restore: 'orange',
};

/** « Enregistrée », « Accord », « Verrouillage », « Restauration »: how a version came to be. */
export function VersionKindBadge({ kind }: { kind: DeedVersionKind }) {
  return (
    <Badge size="xs" variant="light" color={KIND_COLORS[kind]} tt="none" data-testid="version-kind">
      {DEED_VERSION_KIND_LABELS[kind]}
    </Badge>
  );
}
