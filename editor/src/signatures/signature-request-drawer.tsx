import type { Deal, SignatureRequestDetail } from '@deedroom/shared';
import {
  Anchor,
  Button,
  Code,
  Drawer,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import {
  cancelSignatureRequest,
  createSigningUrl,
  declineSignatureRequest,
  fetchSignatureRequest,
  remindSigners,
  signatureDocumentUrl,
  signDocument,
  signedDocumentUrl,
} from '../api/signatures-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import { usePolledResource } from '../vault/use-polled-resource';
import { formatParisTime } from './format-paris-time';
import { SignatureRequestStatusBadge, SignerChips } from './signature-status-badges';

type Dialog = 'sign' | 'decline' | 'cancel' | null;

/** One request: its document, signers, events (the evidence), and what the caller may do. */
export function SignatureRequestDrawer({
  requestId,
  deal,
  onClose,
  onChanged,
}: {
  requestId: string | null;
  deal: Deal;
  onClose: () => void;
  onChanged: () => void;
}) {
  return (
    <Drawer
      opened={requestId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title="Demande de signature"
    >
      {requestId && <RequestDetail requestId={requestId} deal={deal} onChanged={onChanged} />}
    </Drawer>
  );
}

function RequestDetail({
  requestId,
  deal,
  onChanged,
}: {
  requestId: string;
  deal: Deal;
  onChanged: () => void;
}) {
  const { csrfToken, user } = useAuthenticatedSession();
  const detail = usePolledResource(
    `signature-request:${requestId}`,
    (signal) => fetchSignatureRequest(requestId, signal),
    5_000,
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [hasOpenedDocument, setHasOpenedDocument] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const remind = useApiMutation(remindSigners);
  const openSigning = useApiMutation(createSigningUrl);

  if (detail.error && !detail.data) {
    return (
      <LoadErrorAlert
        title="Impossible d’afficher la demande"
        error={detail.error}
        onRetry={detail.refresh}
      />
    );
  }
  const request = detail.data;
  if (!request) return <Text c="dimmed">Chargement…</Text>;

  const me = request.signers.find((s) => s.userId === user.id);
  const isMyTurn = request.currentSignerId === user.id;
  const canRequest = deal.myActions.includes('signature.request');
  const isOpen = request.status === 'in_progress' || request.status === 'error';
  const applied = (updated: SignatureRequestDetail) => {
    detail.replace(() => updated);
    setDialog(null);
    onChanged();
  };

  return (
    <Stack gap="md" data-testid="signature-request-detail">
      <Group justify="space-between">
        <Title order={4}>{request.title}</Title>
        <SignatureRequestStatusBadge status={request.status} />
      </Group>
      {request.message && <Text size="sm">{request.message}</Text>}
      <Text size="xs" c="dimmed">
        Demandée par {request.createdBy.name} le {formatParisTime(request.createdAt)} · expire le{' '}
        {formatParisTime(request.expiresAt)} · prestataire{' '}
        {request.provider === 'builtin' ? 'intégré Deedroom' : 'DocuSign'}
      </Text>
      <SignerChips signers={request.signers} />
      {request.status === 'error' && request.errorMessage && (
        <Text c="red" size="sm">
          Erreur du prestataire : {request.errorMessage}
        </Text>
      )}
      {request.cancelReason && <Text size="sm">Motif d’annulation : {request.cancelReason}</Text>}

      <Group gap="sm">
        <Button
          component="a"
          href={signatureDocumentUrl(request.id)}
          target="_blank"
          rel="noopener"
          variant="light"
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => {
            setHasOpenedDocument(true);
            setTimeout(detail.refresh, 1_000);
          }}
          data-testid="signature-document"
        >
          Lire le document (PDF)
        </Button>
        {request.signed && (
          <Button
            component="a"
            href={signedDocumentUrl(request.signed.documentId, request.signed.versionId)}
            leftSection={<IconDownload size={16} />}
            color="green"
            data-testid="signature-download-signed"
          >
            Télécharger le PDF signé
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Empreinte SHA-256 du document soumis : <Code>{request.documentSha256}</Code>
        {request.signed && (
          <>
            <br />
            Empreinte du PDF signé et scellé : <Code>{request.signed.sha256}</Code>
          </>
        )}
      </Text>

      <Group gap="sm">
        {isMyTurn && request.provider === 'builtin' && (
          <Button onClick={() => setDialog('sign')} data-testid="signature-sign">
            Signer
          </Button>
        )}
        {isMyTurn && request.provider === 'docusign' && (
          <Button
            loading={openSigning.isPending}
            onClick={async () => {
              const outcome = await openSigning.run(request.id, window.location.href, csrfToken);
              // DocuSign's page, which brings the signer back here once signed.
              if (outcome.ok && outcome.data.url) window.location.assign(outcome.data.url);
            }}
            data-testid="signature-sign-docusign"
          >
            Signer sur DocuSign
          </Button>
        )}
        {me && isOpen && me.status !== 'signed' && me.status !== 'declined' && (
          <Button
            variant="light"
            color="red"
            onClick={() => setDialog('decline')}
            data-testid="signature-decline"
          >
            Refuser
          </Button>
        )}
        {canRequest && isOpen && (
          <>
            <Button
              variant="default"
              loading={remind.isPending}
              onClick={async () => {
                const outcome = await remind.run(request.id, csrfToken);
                if (outcome.ok) setNotice('Relance envoyée.');
                detail.refresh();
              }}
              data-testid="signature-remind"
            >
              Relancer
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() => setDialog('cancel')}
              data-testid="signature-cancel"
            >
              Annuler la demande
            </Button>
          </>
        )}
      </Group>
      {notice && (
        <Text size="sm" c="green">
          {notice}
        </Text>
      )}
      <FormErrorAlert message={remind.error?.message ?? openSigning.error?.message ?? null} />

      <Title order={5}>Historique (piste d’audit)</Title>
      <Timeline bulletSize={14} lineWidth={2} data-testid="signature-events">
        {request.events.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {event.summary}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {formatParisTime(event.at)}
              {event.actorName ? ` · ${event.actorName}` : ''}
              {event.ip ? ` · IP ${event.ip}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {request.envelopeId && (
        <Text size="xs" c="dimmed">
          Enveloppe : <Code>{request.envelopeId}</Code>
        </Text>
      )}

      {dialog === 'sign' && (
        <SignDialog
          requestId={request.id}
          hasOpenedDocument={hasOpenedDocument || me?.status === 'viewed'}
          onClose={() => setDialog(null)}
          onDone={applied}
        />
      )}
      {(dialog === 'decline' || dialog === 'cancel') && (
        <ReasonDialog requestId={request.id} kind={dialog} onClose={() => setDialog(null)} onDone={applied} />
      )}
    </Stack>
  );
}

function SignDialog({
  requestId,
  hasOpenedDocument,
  onClose,
  onDone,
}: {
  requestId: string;
  hasOpenedDocument: boolean;
  onClose: () => void;
  onDone: (request: SignatureRequestDetail) => void;
}) {
  const { csrfToken } = useAuthenticatedSession();
  const [password, setPassword] = useState('');
  const sign = useApiMutation(signDocument);
  return (
    <Modal opened onClose={onClose} title="Signer le document" data-testid="signature-sign-modal">
      <Stack gap="sm">
        {!hasOpenedDocument && (
          <Text size="sm">
            Lisez d’abord le document :{' '}
            <Anchor href={signatureDocumentUrl(requestId)} target="_blank" rel="noopener">
              ouvrir le PDF
            </Anchor>
            .
          </Text>
        )}
        <Text size="sm">
          En saisissant votre mot de passe, vous signez électroniquement ce document (Code civil, art. 1367).
          L’heure et votre adresse IP sont enregistrées.
        </Text>
        <PasswordInput
          label="Mot de passe"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          data-testid="signature-password"
        />
        <FormErrorAlert message={sign.error?.message ?? null} testId="signature-sign-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Retour
          </Button>
          <Button
            loading={sign.isPending}
            disabled={!password}
            onClick={async () => {
              const outcome = await sign.run(requestId, password, csrfToken);
              if (outcome.ok) onDone(outcome.data);
            }}
            data-testid="signature-sign-submit"
          >
            Signer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReasonDialog({
  requestId,
  kind,
  onClose,
  onDone,
}: {
  requestId: string;
  kind: 'decline' | 'cancel';
  onClose: () => void;
  onDone: (request: SignatureRequestDetail) => void;
}) {
  const { csrfToken } = useAuthenticatedSession();
  const [reason, setReason] = useState('');
  const action = useApiMutation(kind === 'decline' ? declineSignatureRequest : cancelSignatureRequest);
  return (
    <Modal opened onClose={onClose} title={kind === 'decline' ? 'Refuser de signer' : 'Annuler la demande'}>
      <Stack gap="sm">
        <Textarea
          label="Motif"
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="signature-reason"
        />
        <FormErrorAlert message={action.error?.message ?? null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Retour
          </Button>
          <Button
            color="red"
            loading={action.isPending}
            disabled={reason.trim().length < 3}
            onClick={async () => {
              const outcome = await action.run(requestId, reason.trim(), csrfToken);
              if (outcome.ok) onDone(outcome.data);
            }}
            data-testid="signature-reason-submit"
          >
            {kind === 'decline' ? 'Refuser' : 'Annuler la demande'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
