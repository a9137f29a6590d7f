import { AppError } from '@deedroom/shared';
import type { Actor, ServiceDeps } from '../deps';
import { expireIfDue } from './expire-signature-requests';
import { recordSignatureEvent } from './record-signature-event';
import {
  closedRequestConflict,
  findCurrentSigner,
  requireSignatureRequest,
} from './require-signature-request';
import { notifySigners } from './run-provider-steps';

/** « Relancer »: reminds the signer whose turn it is (in-app notification); returns who was reminded. */
export async function remindSigners(deps: ServiceDeps, actor: Actor, requestId: string): Promise<string[]> {
  const access = await requireSignatureRequest(deps, actor, requestId, 'signature.request');
  const request = await expireIfDue(deps, access.request);
  if (request.status !== 'in_progress') throw closedRequestConflict(request);
  const current = findCurrentSigner(request, access.signers);
  if (!current) throw new AppError('CONFLICT', 'Aucun signataire n’est attendu.');
  await notifySigners(
    deps,
    request,
    [current.userId],
    `relance — votre signature est attendue avant le ${new Date(request.expiresAt).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}`,
  );
  await recordSignatureEvent(deps, actor, request, {
    kind: 'reminded',
    summary: `Relance envoyée à ${current.name}.`,
    detail: { signerId: current.userId },
  });
  return [current.userId];
}
