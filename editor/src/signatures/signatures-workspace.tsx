import type { Deal, SignatureRequestView } from '@deedroom/shared';
import { Alert, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconWritingSign } from '@tabler/icons-react';
import { useState } from 'react';
import { fetchSignatureRequests } from '../api/signatures-api';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useAuthenticatedSession } from '../session/session-context';
import { usePolledResource } from '../vault/use-polled-resource';
import { formatParisTime } from './format-paris-time';
import { NewSignatureRequestModal } from './new-signature-request-modal';
import { SignatureRequestDrawer } from './signature-request-drawer';
import { SignatureRequestStatusBadge, SignerChips } from './signature-status-badges';

/** While a request waits for signers, the list is read again so everyone sees statuses change. */
const POLL_MS = 5_000;

/**
 * « Signatures »: the deal's signature requests with each signer's status, « Demander des
 * signatures » for the bank, and a request's detail (document, events, sign, refuse, cancel).
 */
export function SignaturesWorkspace({ deal }: { deal: Deal }) {
  const { user } = useAuthenticatedSession();
  const canRequest = deal.myActions.includes('signature.request');
  const [isCreating, setIsCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = usePolledResource(
    `signature-requests:${deal.id}`,
    (signal) => fetchSignatureRequests(deal.id, signal),
    POLL_MS,
  );
  const requests = list.data?.requests ?? [];
  const myTurn = requests.filter((r) => r.currentSignerId === user.id);

  return (
    <Stack gap="md" data-testid="signatures-panel">
      <Group justify="space-between">
        <div>
          <Title order={3}>Signatures électroniques</Title>
          <Text size="sm" c="dimmed">
            Engagements de la banque (GFA, caution, offre de crédit…) soumis à la signature des personnes
            habilitées, puis scellés et classés au coffre-fort.
          </Text>
        </div>
        {canRequest && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setIsCreating(true)}
            data-testid="signature-new"
          >
            Demander des signatures
          </Button>
        )}
      </Group>

      {myTurn.length > 0 && (
        <Alert color="blue" icon={<IconWritingSign size={18} />} title="Votre signature est attendue">
          {myTurn.map((r) => r.title).join(', ')}
        </Alert>
      )}
      {list.error && (
        <LoadErrorAlert
          title="Impossible d’afficher les signatures"
          error={list.error}
          onRetry={list.refresh}
        />
      )}
      {list.data && requests.length === 0 && (
        <Paper withBorder radius="md" p="lg" data-testid="signatures-empty">
          <Text fw={600}>Aucune demande de signature pour ce dossier.</Text>
          <Text size="sm" c="dimmed" mt={4}>
            On fait signer un acte une fois son texte définitif verrouillé (onglet « Actes », panneau «
            Accords »), ou un engagement de la banque déposé en PDF au coffre-fort (GFA, caution, offre de
            crédit). La banque choisit ensuite les signataires, leur ordre et l’échéance avec « Demander des
            signatures » ; chacun voit ici où en est la demande.
          </Text>
        </Paper>
      )}
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          isMyTurn={request.currentSignerId === user.id}
          onOpen={() => setOpenId(request.id)}
        />
      ))}

      {isCreating && (
        <NewSignatureRequestModal
          dealId={deal.id}
          onClose={() => setIsCreating(false)}
          onCreated={(created) => {
            setIsCreating(false);
            list.refresh();
            setOpenId(created.id);
          }}
        />
      )}
      <SignatureRequestDrawer
        requestId={openId}
        deal={deal}
        onClose={() => setOpenId(null)}
        onChanged={list.refresh}
      />
    </Stack>
  );
}

function RequestCard({
  request,
  isMyTurn,
  onOpen,
}: {
  request: SignatureRequestView;
  isMyTurn: boolean;
  onOpen: () => void;
}) {
  return (
    <Card withBorder padding="md" data-testid="signature-request-card" data-request-id={request.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={600}>{request.title}</Text>
            <SignatureRequestStatusBadge status={request.status} />
          </Group>
          <Button
            variant={isMyTurn ? 'filled' : 'light'}
            size="xs"
            onClick={onOpen}
            data-testid="signature-open"
          >
            {isMyTurn ? 'Signer' : 'Ouvrir'}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {request.documentName} · demandée par {request.createdBy.name} le{' '}
          {formatParisTime(request.createdAt)} · expire le {formatParisTime(request.expiresAt)}
        </Text>
        <SignerChips signers={request.signers} />
        {request.status === 'error' && request.errorMessage && (
          <Text size="sm" c="red">
            Erreur du prestataire : {request.errorMessage}
            {request.nextAttemptAt ? ` — nouvel essai le ${formatParisTime(request.nextAttemptAt)}` : ''}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
