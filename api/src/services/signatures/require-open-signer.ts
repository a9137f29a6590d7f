import { AppError } from '@deedroom/shared';
import type { SignatureRequestRecord, SignatureSignerRecord } from '../../store/signature-records';
import type { Actor, ServiceDeps } from '../deps';
import { expireIfDue } from './expire-signature-requests';
import { closedRequestConflict, requireSignatureRequest } from './require-signature-request';

/**
 * What a signer's own answer (sign, decline) starts from: the request behind its deal's gate,
 * expired first if its date passed, the caller among its signers (else 403), not signed yet and
 * the request still open (else 409).
 */
export async function requireOpenSigner(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
): Promise<{
  request: SignatureRequestRecord;
  signers: SignatureSignerRecord[];
  signer: SignatureSignerRecord;
}> {
  const access = await requireSignatureRequest(deps, actor, requestId, 'signature.sign');
  const request = await expireIfDue(deps, access.request);
  const signer = access.signers.find((s) => s.userId === actor.user.id);
  if (!signer) throw new AppError('FORBIDDEN', 'Vous ne figurez pas parmi les signataires de cette demande.');
  if (signer.status === 'signed') throw new AppError('CONFLICT', 'Vous avez déjà signé ce document.');
  if (request.status !== 'in_progress') throw closedRequestConflict(request);
  return { request, signers: access.signers, signer };
}
