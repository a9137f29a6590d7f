import type { VaultRequestStatus } from '@deedroom/shared';
import { Badge } from '@mantine/core';

export const REQUEST_STATUS_LABELS: Record<VaultRequestStatus, string> = {
  missing: 'Manquante',
  received: 'Reçue',
  accepted: 'Acceptée',
  rejected: 'Refusée',
};

const COLORS: Record<VaultRequestStatus, string> = {
  missing: 'gray',
  received: 'blue',
  accepted: 'teal',
  rejected: 'red',
};

export function RequestStatusBadge({ status }: { status: VaultRequestStatus }) {
  return (
    <Badge
      size="sm"
      variant="light"
      color={COLORS[status]}
      tt="none"
      data-testid="vault-request-status"
      data-status={status}
    >
      {REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}
