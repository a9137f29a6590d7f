import { DOCUMENT_CATEGORY_LABELS, LIMITS, type VaultRequest } from '@deedroom/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../api/api-error';
import { FormErrorAlert } from '../components/form-error-alert';
import { describeVaultActionError } from './describe-vault-action-error';

interface RejectRequestModalProps {
  request: VaultRequest;
  onClose: () => void;
  onReject: (reason: string) => Promise<ApiError | null>;
}

/** Refusing a piece says why, so the developer knows what to send instead. */
export function RejectRequestModal({ request, onClose, onReject }: RejectRequestModalProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isSubmitted, setIsSubmitted] = useState(false);

  const submit = async () => {
    setIsSubmitted(true);
    if (reason.trim() === '') return;
    setIsSaving(true);
    const failure = await onReject(reason.trim());
    setIsSaving(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Refuser la pièce reçue" data-testid="vault-reject-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {DOCUMENT_CATEGORY_LABELS[request.category]} — {request.description}
          </Text>
          <FormErrorAlert message={error ? describeVaultActionError(error) : null} />
          <Textarea
            label="Motif du refus"
            description="Le promoteur le lira avec la demande, par exemple : « Kbis de plus de trois mois »."
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={LIMITS.vaultRejectionReasonMaxLength}
            error={isSubmitted && reason.trim() === '' ? 'Indiquez pourquoi la pièce ne convient pas.' : null}
            autosize
            minRows={2}
            required
            data-autofocus
            data-testid="vault-reject-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" color="red" loading={isSaving} data-testid="vault-reject-submit">
              Refuser la pièce
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
