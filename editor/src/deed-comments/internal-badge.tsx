import { ORG_KIND_LABELS, type OrgKind } from '@deedroom/shared';
import { Badge, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** « Interne · Banque »: the thread is seen by the author's organisation only. */
export function InternalBadge({ orgKind, orgName }: { orgKind: OrgKind; orgName: string }) {
  return (
    <Tooltip label={`Visible uniquement par ${orgName || 'votre organisation'}`} openDelay={300}>
      <Badge
        size="sm"
        variant="light"
        color="violet"
        leftSection={<IconLock size={11} aria-hidden="true" />}
        data-testid="comment-internal-badge"
      >
        Interne · {ORG_KIND_LABELS[orgKind]}
      </Badge>
    </Tooltip>
  );
}
