import { Badge, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';

/** « Interne · Banque Horizon »: only the uploading organisation sees the document. */
export function InternalDocumentBadge({ orgName }: { orgName: string }) {
  return (
    <Tooltip label={`Visible uniquement par ${orgName}`} openDelay={300}>
      <Badge
        size="sm"
        variant="light"
        color="violet"
        tt="none"
        leftSection={<IconEyeOff size={11} aria-hidden="true" />}
        data-testid="vault-internal-badge"
      >
        Interne · {orgName}
      </Badge>
    </Tooltip>
  );
}
