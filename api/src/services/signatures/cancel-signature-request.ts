import type { SignatureRequestRecord } from '../../store/signature-records';
import type { Actor, ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import {
  closedRequestConflict,
  isSignatureRequestClosed,
  requireSignatureRequest,
} from './require-signature-request';
import { notifySigners } from './run-provider-steps';

/** « Annuler »: the bank withdraws the request (with a reason); nobody can sign it afterwards. */
export async function cancelSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  reason: string,
): Promise<SignatureRequestRecord> {
  const { request, signers } = await requireSignatureRequest(deps, actor, requestId, 'signature.request');
  if (isSignatureRequestClosed(request)) throw closedRequestConflict(request);
  const at = deps.clock.now().toISOString();
  const didCancel = await deps.stores.signatures.update(request.id, ['in_progress', 'error'], {
    status: 'cancelled',
    cancelReason: reason,
    pendingStep: null,
    nextAttemptAt: null,
    updatedAt: at,
  });
  const fresh = (await deps.stores.signatures.findById(request.id)) ?? request;
  if (!didCancel) throw closedRequestConflict(fresh);
  await recordSignatureEvent(deps, actor, fresh, {
    kind: 'cancelled',
    summary: `Demande annulée par ${actor.user.name} : ${reason}`,
    detail: { reason },
  });
  if (request.envelopeId) {
    await deps.signatureProvider.cancel(request.envelopeId, reason).catch((err: unknown) => {
      deps.logger.warn({ err, requestId }, 'provider cancel failed');
    });
  }
  await notifySigners(
    deps,
    fresh,
    signers.map((s) => s.userId).filter((id) => id !== actor.user.id),
    'annulée',
  );
  return fresh;
}
