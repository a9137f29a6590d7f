import { DEAL_STATUS_LABELS, type DealStatus } from '@deedroom/shared';
import { Badge, type BadgeVariant, type MantineColor } from '@mantine/core';

/** Muted colours: the status must be readable at a glance without turning the list into a rainbow. */
const STATUS_STYLES: Record<DealStatus, { color: MantineColor; variant: BadgeVariant }> = {
  draft: { color: 'gray', variant: 'light' },
  under_review: { color: 'blue', variant: 'light' },
  approved: { color: 'teal', variant: 'light' },
  signing: { color: 'orange', variant: 'light' },
  active: { color: 'green', variant: 'light' },
  closed: { color: 'gray', variant: 'outline' },
};

export function DealStatusBadge({ status, size = 'md' }: { status: DealStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge {...STATUS_STYLES[status]} size={size} tt="none" fw={600} data-testid="deal-status">
      {DEAL_STATUS_LABELS[status]}
    </Badge>
  );
}
