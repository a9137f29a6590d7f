import type { SignatureRequestRecord } from '../../store/signature-records';
import type { ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import { completeWithProvider, sendToProvider } from './run-provider-steps';

/** Marks a request past its expiry « Expirée » (and its unsigned signers « Expiré »); returns it as it is now. */
export async function expireIfDue(
  deps: ServiceDeps,
  request: SignatureRequestRecord,
): Promise<SignatureRequestRecord> {
  const now = deps.clock.now();
  if (!['in_progress', 'error'].includes(request.status) || new Date(request.expiresAt) > now) return request;
  const didExpire = await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
    status: 'expired',
    pendingStep: null,
    nextAttemptAt: null,
    updatedAt: now.toISOString(),
  });
  if (!didExpire) return (await deps.stores.signatures.findById(request.id)) ?? request;
  for (const signer of await deps.stores.signatures.listSigners([request.id])) {
    await deps.stores.signatures.updateSigner(request.id, signer.userId, ['sent', 'viewed'], {
      status: 'expired',
    });
  }
  const expired = { ...request, status: 'expired' as const };
  await recordSignatureEvent(deps, null, expired, {
    kind: 'expired',
    summary: 'Demande expirée : la date limite de signature est passée.',
    ip: null,
  });
  if (request.envelopeId) {
    await deps.signatureProvider.cancel(request.envelopeId, 'Demande expirée').catch((err: unknown) => {
      deps.logger.warn({ err, requestId: request.id }, 'provider cancel on expiry failed');
    });
  }
  return expired;
}

/** The scheduler's sweep: expiries, then provider calls due again. */
export async function runSignatureJobs(deps: ServiceDeps): Promise<{ expired: number; retried: number }> {
  const now = deps.clock.now().toISOString();
  let expired = 0;
  for (const request of await deps.stores.signatures.listExpired(now)) {
    if ((await expireIfDue(deps, request)).status === 'expired') expired += 1;
  }
  let retried = 0;
  for (const request of await deps.stores.signatures.listDueRetries(now)) {
    retried += 1;
    if (request.pendingStep === 'send') await sendToProvider(deps, null, request);
    else if (request.pendingStep === 'complete') await completeWithProvider(deps, null, request);
  }
  return { expired, retried };
}
