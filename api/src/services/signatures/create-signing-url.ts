import { AppError } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import {
  closedRequestConflict,
  findCurrentSigner,
  requireSignatureRequest,
} from './require-signature-request';
import { toProviderSigners } from './run-provider-steps';

/**
 * The provider's embedded signing page for the caller (DocuSign); null with the built-in provider.
 * DocuSign sends the signer to `returnUrl` afterwards: it must be a page of Deedroom (`appUrl`),
 * never another site.
 */
export async function createSigningUrl(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  { returnUrl, appUrl }: { returnUrl: string; appUrl: string },
): Promise<string | null> {
  const { request, signers } = await requireSignatureRequest(deps, actor, requestId, 'signature.sign');
  if (new URL(returnUrl).origin !== new URL(appUrl).origin) {
    throw new AppError('VALIDATION_FAILED', 'L’adresse de retour doit être une page de Deedroom.');
  }
  const signer = toProviderSigners(signers).find((s) => s.userId === actor.user.id);
  if (!signer) throw new AppError('FORBIDDEN', 'Vous ne figurez pas parmi les signataires de cette demande.');
  if (request.status !== 'in_progress' || !request.envelopeId) throw closedRequestConflict(request);
  if (findCurrentSigner(request, signers)?.userId !== actor.user.id) {
    throw new AppError('CONFLICT', 'Ce n’est pas votre tour de signer.');
  }
  return deps.signatureProvider.createSigningUrl({ envelopeId: request.envelopeId, signer, returnUrl });
}
