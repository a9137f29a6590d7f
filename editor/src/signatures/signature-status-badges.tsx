import {
  SIGNATURE_REQUEST_STATUS_LABELS,
  SIGNER_STATUS_LABELS,
  type SignatureRequestStatus,
  type SignerView,
} from '@deedroom/shared';
import { Badge, Group, Tooltip } from '@mantine/core';
import { formatParisTime } from './format-paris-time';

const REQUEST_COLORS: Record<SignatureRequestStatus, string> = {
  in_progress: 'blue',
  completed: 'green',
  declined: 'red',
  cancelled: 'gray',
  expired: 'orange',
  error: 'red',
};

const SIGNER_COLORS: Record<SignerView['status'], string> = {
  sent: 'gray',
  viewed: 'blue',
  signed: 'green',
  declined: 'red',
  expired: 'orange',
};

export function SignatureRequestStatusBadge({ status }: { status: SignatureRequestStatus }) {
  return (
    <Badge color={REQUEST_COLORS[status]} variant="light" data-testid="signature-request-status">
      {SIGNATURE_REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}

function describeSigner(signer: SignerView): string {
  if (signer.signedAt) return `Signé le ${formatParisTime(signer.signedAt)}`;
  if (signer.declinedAt)
    return `Refusé le ${formatParisTime(signer.declinedAt)}${signer.declineReason ? ` : ${signer.declineReason}` : ''}`;
  if (signer.viewedAt) return `Consulté le ${formatParisTime(signer.viewedAt)}`;
  return SIGNER_STATUS_LABELS[signer.status];
}

/** One chip per signer, in signing order: « 1. Julie Morel · Signé ». */
export function SignerChips({ signers }: { signers: readonly SignerView[] }) {
  return (
    <Group gap={6} wrap="wrap">
      {signers.map((signer) => (
        <Tooltip key={signer.userId} label={`${signer.orgName} — ${describeSigner(signer)}`}>
          <Badge
            color={SIGNER_COLORS[signer.status]}
            variant={signer.status === 'signed' ? 'filled' : 'light'}
            radius="sm"
            tt="none"
            data-testid="signer-chip"
            data-status={signer.status}
          >
            {signer.order}. {signer.name} · {SIGNER_STATUS_LABELS[signer.status]}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
