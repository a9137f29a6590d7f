import { Badge, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';

/** « Interne banque », « Interne · Banque Horizon »: only that organisation sees what it marks. */
export function InternalBadge({
  label,
  tooltip,
  testId,
}: {
  label: string;
  tooltip: string;
  testId: string;
}) {
  return (
    <Tooltip label={tooltip} openDelay={300}>
      <Badge
        size="sm"
        variant="light"
        color="violet"
        tt="none"
        leftSection={<IconEyeOff size={11} aria-hidden="true" />}
        data-testid={testId}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
