import { AppError } from '@deedroom/shared';
import type { SignatureRequestRecord } from '../../store/signature-records';
import type { Actor, ServiceDeps } from '../deps';
import { expireIfDue } from './expire-signature-requests';
import { recordSignatureEvent } from './record-signature-event';
import { closedRequestConflict, requireSignatureRequest } from './require-signature-request';
import { notifySigners } from './run-provider-steps';

/** « Refuser »: a signer declines with a reason; the request ends « Refusée ». */
export async function declineSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  reason: string,
): Promise<SignatureRequestRecord> {
  const access = await requireSignatureRequest(deps, actor, requestId, 'signature.sign');
  const request = await expireIfDue(deps, access.request);
  const signer = access.signers.find((s) => s.userId === actor.user.id);
  if (!signer) throw new AppError('FORBIDDEN', 'Vous ne figurez pas parmi les signataires de cette demande.');
  if (signer.status === 'signed') throw new AppError('CONFLICT', 'Vous avez déjà signé ce document.');
  if (request.status !== 'in_progress') throw closedRequestConflict(request);
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
