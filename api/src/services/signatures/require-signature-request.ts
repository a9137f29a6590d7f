import { AppError, type DealAction } from '@deedroom/shared';
import type { SignatureRequestRecord, SignatureSignerRecord } from '../../store/signature-records';
import { type DealAccess, requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export interface SignatureRequestAccess extends DealAccess {
  request: SignatureRequestRecord;
  signers: SignatureSignerRecord[];
}

export function signatureRequestNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Demande de signature introuvable.');
}

/** The request, behind its deal's gate: a request of a deal the caller is not on answers 404. */
export async function requireSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  action: DealAction,
): Promise<SignatureRequestAccess> {
  const request = await deps.stores.signatures.findById(requestId);
  if (!request) throw signatureRequestNotFound();
  const access = await requireDealAccess(deps, actor, request.dealId, action);
  const signers = await deps.stores.signatures.listSigners([request.id]);
  return { ...access, request, signers };
}

/** The first signer in order who has not signed yet, when the request is still open. */
export function findCurrentSigner(
  request: SignatureRequestRecord,
  signers: readonly SignatureSignerRecord[],
): SignatureSignerRecord | undefined {
  if (request.status !== 'in_progress') return undefined;
  return [...signers].sort((a, b) => a.position - b.position).find((s) => s.status !== 'signed');
}

/** The request is over (nobody may act on it any more). */
export function isSignatureRequestClosed(request: SignatureRequestRecord): boolean {
  return ['completed', 'declined', 'cancelled', 'expired'].includes(request.status);
}

export function closedRequestConflict(request: SignatureRequestRecord): AppError {
  const reasons: Record<string, string> = {
    completed: 'Cette demande de signature est déjà terminée.',
    declined: 'Cette demande de signature a été refusée.',
    cancelled: 'Cette demande de signature a été annulée.',
    expired: 'Cette demande de signature a expiré.',
    error: 'Cette demande de signature attend son envoi au prestataire (erreur en cours de reprise).',
  };
  return new AppError(
    'CONFLICT',
    reasons[request.status] ?? 'Cette demande de signature n’est plus ouverte.',
  );
}
