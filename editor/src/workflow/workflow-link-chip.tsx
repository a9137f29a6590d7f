import { WORKFLOW_LINK_LABELS, type WorkflowLink } from '@deedroom/shared';
import { Badge, Tooltip } from '@mantine/core';
import { IconFileText, IconFolderCheck, IconWritingSign } from '@tabler/icons-react';
import { Link } from 'react-router';

const ICONS = {
  deed_approved: IconFileText,
  deed_locked: IconFileText,
  vault_request_accepted: IconFolderCheck,
  signature_completed: IconWritingSign,
} as const;

function linkPath(dealId: string, link: WorkflowLink): string | null {
  const deal = `/deals/${encodeURIComponent(dealId)}`;
  if (link.kind === 'deed_approved' || link.kind === 'deed_locked')
    return `${deal}/deeds/${encodeURIComponent(link.targetId)}`;
  if (link.kind === 'vault_request_accepted') return `${deal}/vault`;
  return null;
}

/** What closes the item by itself (« Convention de crédit »), opening the deed or the vault. */
export function WorkflowLinkChip({ dealId, link }: { dealId: string; link: WorkflowLink }) {
  const Icon = ICONS[link.kind];
  const path = linkPath(dealId, link);
  const badgeProps = {
    size: 'sm',
    variant: 'outline',
    color: 'navy',
    tt: 'none',
    fw: 500,
    leftSection: <Icon size={12} aria-hidden="true" />,
    'data-testid': 'workflow-link',
    'data-link-kind': link.kind,
  } as const;
  const badge = path ? (
    <Badge component={Link} to={path} {...badgeProps}>
      {link.label}
    </Badge>
  ) : (
    <Badge {...badgeProps}>{link.label}</Badge>
  );
  return (
    <Tooltip label={`Se termine seul : ${WORKFLOW_LINK_LABELS[link.kind].toLowerCase()}`} openDelay={300}>
      {badge}
    </Tooltip>
  );
}
