import { WORKFLOW_DISPLAY_STATUS_LABELS, type WorkflowDisplayStatus } from '@deedroom/shared';
import { Badge, type BadgeVariant, type MantineColor } from '@mantine/core';

/**
 * One colour per displayed status, read at a glance: red is late, orange waits on someone, blue
 * is under way, green is done; grey is what does not need attention yet.
 */
export const WORKFLOW_STATUS_COLORS: Record<WorkflowDisplayStatus, MantineColor> = {
  overdue: 'red',
  blocked: 'orange',
  waiting: 'yellow',
  in_progress: 'blue',
  upcoming: 'gray',
  done: 'teal',
  not_applicable: 'gray',
};

const VARIANTS: Partial<Record<WorkflowDisplayStatus, BadgeVariant>> = {
  overdue: 'filled',
  not_applicable: 'outline',
};

export function WorkflowStatusBadge({
  status,
  size = 'sm',
}: {
  status: WorkflowDisplayStatus;
  size?: 'xs' | 'sm' | 'md';
}) {
  return (
    <Badge
      color={WORKFLOW_STATUS_COLORS[status]}
      variant={VARIANTS[status] ?? 'light'}
      size={size}
      tt="none"
      fw={600}
      data-testid="workflow-status"
      data-status={status}
    >
      {WORKFLOW_DISPLAY_STATUS_LABELS[status]}
    </Badge>
  );
}
