import type { SignatureRequestDetail } from '@deedroom/shared';
import { Button, Group, Modal, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { createSignatureRequest, fetchSignatureSources } from '../api/signatures-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useApiResource } from '../hooks/use-api-resource';
import { useAuthenticatedSession } from '../session/session-context';

const DEFAULT_EXPIRY_DAYS = 14;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 23:59 in Paris on `day` (YYYY-MM-DD), winter or summer time. */
function parisEndOfDay(day: string): string {
  const winter = new Date(`${day}T22:59:00Z`);
  const parisHour = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(winter);
  // Summer time (UTC+2): 22:59Z is already 00:59 the next day in Paris, one hour too late.
  return new Date(winter.getTime() - (parisHour === '23' ? 0 : 3_600_000)).toISOString();
}

/** « Demander des signatures »: a locked deed version or a vault PDF, signers in order, message, expiry. */
export function NewSignatureRequestModal({
  dealId,
  onClose,
  onCreated,
}: {
  dealId: string;
  onClose: () => void;
  onCreated: (request: SignatureRequestDetail) => void;
}) {
  const { csrfToken } = useAuthenticatedSession();
  const sources = useApiResource(`signature-sources:${dealId}`, (signal) =>
    fetchSignatureSources(dealId, signal),
  );
  const [sourceKey, setSourceKey] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [signerIds, setSignerIds] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [expiryDay, setExpiryDay] = useState(isoDay(new Date(Date.now() + DEFAULT_EXPIRY_DAYS * 86_400_000)));
  const create = useApiMutation(createSignatureRequest);

  const data = sources.status === 'success' ? sources.data : null;
  const sourceOptions = data
    ? [
        {
          group: 'Actes verrouillés',
          items: data.deedVersions.map((v) => ({
            value: `deed:${v.deedId}:${v.versionId}`,
            label: `${v.deedTitle} — ${v.versionName}`,
          })),
        },
        {
          group: 'Coffre-fort (PDF)',
          items: data.vaultPdfs.map((d) => ({
            value: `vault:${d.documentId}:${d.versionId}`,
            label: d.category === 'garanties' ? `${d.title} (Garanties et sûretés)` : d.title,
          })),
        },
      ]
    : [];
  const signerOptions = (data?.signers ?? []).map((s) => ({
    value: s.userId,
    label: `${s.name} (${s.orgName})`,
  }));
  const nameOf = (id: string) => data?.signers.find((s) => s.userId === id)?.name ?? id;

  const submit = async () => {
    if (!sourceKey) return;
    const [kind, id, versionId] = sourceKey.split(':') as [string, string, string];
    const outcome = await create.run(
      dealId,
      {
        title: title.trim(),
        source:
          kind === 'deed'
            ? { kind: 'deed_version', deedId: id, versionId }
            : { kind: 'vault_version', documentId: id, versionId },
        signers: signerIds.map((userId) => ({ userId })),
        message: message.trim(),
        expiresAt: parisEndOfDay(expiryDay),
      },
      csrfToken,
    );
    if (outcome.ok) onCreated(outcome.data);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="Demander des signatures"
      size="lg"
      data-testid="signature-new-modal"
    >
      {sources.status === 'error' && (
        <LoadErrorAlert
          title="Impossible de charger les documents"
          error={sources.error}
          onRetry={sources.reload}
        />
      )}
      <Stack gap="sm">
        <Select
          label="Document à signer"
          placeholder={
            data && sourceOptions.every((g) => g.items.length === 0)
              ? 'Aucun acte verrouillé ni PDF'
              : 'Choisissez'
          }
          description="Une version définitive (acte verrouillé) ou un PDF du coffre-fort"
          data={sourceOptions}
          value={sourceKey}
          onChange={(value) => {
            setSourceKey(value);
            const label = sourceOptions.flatMap((g) => g.items).find((o) => o.value === value)?.label;
            if (label && !title) setTitle(label.split(' — ')[0] ?? label);
          }}
          searchable
          data-testid="signature-source"
        />
        <TextInput
          label="Intitulé"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-testid="signature-title"
        />
        <MultiSelect
          label="Signataires, dans l’ordre de signature"
          description="Personnes du dossier habilitées à signer ; l’ordre de sélection est l’ordre de signature"
          data={signerOptions}
          value={signerIds}
          onChange={setSignerIds}
          data-testid="signature-signers"
        />
        {signerIds.length > 0 && (
          <Text size="sm" c="dimmed">
            Ordre : {signerIds.map((id, i) => `${i + 1}. ${nameOf(id)}`).join(' → ')}
          </Text>
        )}
        <Textarea
          label="Message aux signataires"
          autosize
          minRows={2}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="Date limite de signature"
          value={expiryDay}
          onChange={(e) => setExpiryDay(e.currentTarget.value)}
          data-testid="signature-expiry"
        />
        <FormErrorAlert message={create.error?.message ?? null} testId="signature-new-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button
            onClick={submit}
            loading={create.isPending}
            disabled={!sourceKey || signerIds.length === 0 || !title.trim() || !expiryDay}
            data-testid="signature-new-submit"
          >
            Envoyer pour signature
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
