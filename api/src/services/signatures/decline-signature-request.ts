import type { SignatureRequestRecord } from '../../store/signature-records';
import type { Actor, ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import { requireOpenSigner } from './require-open-signer';
import { closedRequestConflict } from './require-signature-request';
import { notifySigners } from './run-provider-steps';

/** « Refuser »: a signer declines with a reason; the request ends « Refusée ». */
export async function declineSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  reason: string,
): Promise<SignatureRequestRecord> {
  const { request, signer } = await requireOpenSigner(deps, actor, requestId);
  const at = deps.clock.now().toISOString();
  const didDecline = await deps.stores.signatures.updateSigner(
    request.id,
    actor.user.id,
    ['sent', 'viewed'],
    {
      status: 'declined',
      declinedAt: at,
      declineReason: reason,
    },
  );
  if (!didDecline) throw closedRequestConflict(request);
  await deps.stores.signatures.update(request.id, ['in_progress'], { status: 'declined', updatedAt: at });
  const declined = { ...request, status: 'declined' as const };
  await recordSignatureEvent(deps, actor, declined, {
    kind: 'declined',
    summary: `Refusé par ${signer.name} : ${reason}`,
    detail: { signerId: actor.user.id, reason },
  });
  if (request.envelopeId) {
    await deps.signatureProvider.cancel(request.envelopeId, `Refusé : ${reason}`).catch((err: unknown) => {
      deps.logger.warn({ err, requestId }, 'provider cancel after decline failed');
    });
  }
  await notifySigners(deps, declined, [request.createdBy], `refusée par ${signer.name}`);
  return (await deps.stores.signatures.findById(request.id)) ?? declined;
}
