import { Badge, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';

/** « Interne banque »: only the bank's organisations see the item. */
export function WorkflowInternalBadge() {
  return (
    <Tooltip label="Visible uniquement par la banque" openDelay={300}>
      <Badge
        size="sm"
        variant="light"
        color="violet"
        tt="none"
        leftSection={<IconEyeOff size={11} aria-hidden="true" />}
        data-testid="workflow-internal-badge"
      >
        Interne banque
      </Badge>
    </Tooltip>
  );
}
