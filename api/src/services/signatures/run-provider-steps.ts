import { buffer } from 'node:stream/consumers';
import { createId } from '../../create-id';
import { ProviderError, type ProviderSigner } from '../../signatures/signature-provider';
import type {
  SignaturePendingStep,
  SignatureRequestRecord,
  SignatureSignerRecord,
} from '../../store/signature-records';
import type { NotificationRecord } from '../../store/workflow-records';
import type { Actor, ServiceDeps } from '../deps';
import { closeLinkedWorkflowItems } from '../workflow/close-linked-workflow-items';
import { fileSignedDocument, signedFileName } from './file-signed-document';
import { recordSignatureEvent } from './record-signature-event';

/** Retries of a failed provider call: 30 s, 1 min, 2 min… capped at an hour, at most 8 tries. */
export const PROVIDER_RETRY = { firstDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 8 } as const;

export function retryDelayMs(attempts: number): number {
  return Math.min(PROVIDER_RETRY.firstDelayMs * 2 ** Math.max(0, attempts - 1), PROVIDER_RETRY.maxDelayMs);
}

export function toProviderSigners(signers: readonly SignatureSignerRecord[]): ProviderSigner[] {
  return [...signers]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ userId: s.userId, name: s.name, email: s.email, order: s.position, anchor: s.anchor }));
}

/**
 * Hands the document to the provider. A failure never loses the request: it shows « Erreur »
 * with the provider's message, and a retryable one is tried again later with backoff.
 */
export async function sendToProvider(
  deps: ServiceDeps,
  actor: Actor | null,
  request: SignatureRequestRecord,
): Promise<SignatureRequestRecord> {
  const signers = await deps.stores.signatures.listSigners([request.id]);
  let envelopeId: string;
  try {
    const pdf = await buffer(deps.blobs.openRead(request.documentBlobKey));
    ({ envelopeId } = await deps.signatureProvider.createEnvelope({
      requestId: request.id,
      documentName: request.documentName,
      pdf,
      signers: toProviderSigners(signers),
      subject: request.title,
      message: request.message,
      expiresAt: request.expiresAt,
    }));
  } catch (err) {
    return recordProviderFailure(deps, actor, request, 'send', err);
  }
  const now = deps.clock.now().toISOString();
  await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
    envelopeId,
    status: 'in_progress',
    pendingStep: null,
    nextAttemptAt: null,
    errorMessage: null,
    updatedAt: now,
  });
  const sent = {
    ...request,
    envelopeId,
    status: 'in_progress' as const,
    pendingStep: null,
    errorMessage: null,
  };
  await recordSignatureEvent(deps, actor, sent, {
    kind: 'sent',
    summary: `Document transmis pour signature (${deps.signatureProvider.kind === 'builtin' ? 'signature intégrée Deedroom' : 'DocuSign'}).`,
    detail: { provider: deps.signatureProvider.kind },
  });
  const first = toProviderSigners(signers)[0];
  if (first) await notifySigners(deps, sent, [first.userId], 'à vous de signer');
  return (await deps.stores.signatures.findById(request.id)) ?? sent;
}

/**
 * Once every signer has signed: fetches the signed PDF (the built-in provider seals it now),
 * files it in the vault read-only with its hash, closes the linked workflow tasks, tells people.
 */
export async function completeWithProvider(
  deps: ServiceDeps,
  actor: Actor | null,
  request: SignatureRequestRecord,
): Promise<SignatureRequestRecord> {
  if (!request.envelopeId)
    return recordProviderFailure(deps, actor, request, 'send', new Error('Enveloppe absente.'));
  let signed: { documentId: string; versionId: string; sha256: string };
  let certificateDocumentId: string | null = null;
  try {
    const { signedPdf, certificate } = await deps.signatureProvider.fetchCompletedDocuments(
      request.envelopeId,
    );
    signed = await fileSignedDocument(
      deps,
      request,
      signedPdf,
      signedFileName(request.documentName, 'signé'),
    );
    if (certificate) {
      const filed = await fileSignedDocument(
        deps,
        request,
        certificate,
        signedFileName(request.documentName, 'certificat de signature'),
      );
      certificateDocumentId = filed.documentId;
    }
  } catch (err) {
    return recordProviderFailure(deps, actor, request, 'complete', err);
  }
  const now = deps.clock.now().toISOString();
  const didComplete = await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
    status: 'completed',
    completedAt: now,
    pendingStep: null,
    nextAttemptAt: null,
    errorMessage: null,
    signedDocumentId: signed.documentId,
    signedVersionId: signed.versionId,
    signedSha256: signed.sha256,
    certificateDocumentId,
    updatedAt: now,
  });
  const completed = (await deps.stores.signatures.findById(request.id)) ?? request;
  if (!didComplete) return completed;
  await recordSignatureEvent(deps, actor, completed, {
    kind: 'completed',
    summary: 'Signature terminée : document signé et scellé, classé au coffre-fort (Garanties et sûretés).',
    detail: {
      signedSha256: signed.sha256,
      signedDocumentId: signed.documentId,
      signedVersionId: signed.versionId,
      certificateDocumentId,
    },
    ip: actor?.ip ?? null,
  });
  await closeLinkedWorkflowItems(deps, actor, {
    kind: 'signature_completed',
    targetId: request.id,
    label: request.title,
  });
  const signers = await deps.stores.signatures.listSigners([request.id]);
  await notifySigners(
    deps,
    completed,
    [...new Set([request.createdBy, ...signers.map((s) => s.userId)])].filter((id) => id !== actor?.user.id),
    'signature terminée, document signé disponible au coffre-fort',
  );
  return completed;
}

async function recordProviderFailure(
  deps: ServiceDeps,
  actor: Actor | null,
  request: SignatureRequestRecord,
  step: SignaturePendingStep,
  err: unknown,
): Promise<SignatureRequestRecord> {
  const message = err instanceof Error ? err.message : String(err);
  // Unknown failures (disk, network) are worth another try; a provider says for itself.
  const isRetryable = err instanceof ProviderError ? err.retryable : true;
  const attempts = request.attempts + 1;
  const now = deps.clock.now();
  const willRetry = isRetryable && attempts < PROVIDER_RETRY.maxAttempts;
  const nextAttemptAt = willRetry ? new Date(now.getTime() + retryDelayMs(attempts)).toISOString() : null;
  deps.logger.warn({ requestId: request.id, step, attempts, err: message }, 'signature provider call failed');
  await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
    status: 'error',
    pendingStep: step,
    attempts,
    nextAttemptAt,
    errorMessage: message,
    updatedAt: now.toISOString(),
  });
  const failed = (await deps.stores.signatures.findById(request.id)) ?? request;
  await recordSignatureEvent(deps, actor, failed, {
    kind: 'provider_error',
    summary: `Erreur du prestataire de signature${step === 'send' ? ' à l’envoi' : ' à la récupération du document signé'} : ${message}${nextAttemptAt ? ' (nouvel essai automatique prévu)' : ''}`,
    detail: {
      step,
      attempts,
      retryable: isRetryable,
      nextAttemptAt,
      ...(err instanceof ProviderError && err.status !== undefined && { status: err.status }),
    },
  });
  return failed;
}

/** In-app notifications about a request (the bell); reuse the workflow's notification store. */
export async function notifySigners(
  deps: ServiceDeps,
  request: SignatureRequestRecord,
  userIds: readonly string[],
  what: string,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  const notifications: NotificationRecord[] = userIds.map((userId) => ({
    id: createId(),
    userId,
    dealId: request.dealId,
    itemId: null,
    kind: 'assigned',
    message: `Signature « ${request.title} » : ${what}.`,
    createdAt: at,
    readAt: null,
  }));
  await deps.stores.notifications.createMany(notifications);
}
