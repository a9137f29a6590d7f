import type { Readable } from 'node:stream';
import type { SignatureRequestRecord } from '../../store/signature-records';
import type { Actor, ServiceDeps } from '../deps';
import { recordSignatureEvent } from './record-signature-event';
import { requireSignatureRequest } from './require-signature-request';

/**
 * The PDF submitted to signature, for anyone on the deal. When a signer opens it for the first
 * time while the request is open, they become « Consulté » (an event and an audit entry).
 */
export async function openDocumentToSign(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
): Promise<{ request: SignatureRequestRecord; stream: Readable }> {
  const { request, signers } = await requireSignatureRequest(deps, actor, requestId, 'deal.view');
  const signer = signers.find((s) => s.userId === actor.user.id);
  if (signer?.status === 'sent' && request.status === 'in_progress') {
    const at = deps.clock.now().toISOString();
    if (
      await deps.stores.signatures.updateSigner(request.id, actor.user.id, ['sent'], {
        status: 'viewed',
        viewedAt: at,
      })
    ) {
      await recordSignatureEvent(deps, actor, request, {
        kind: 'viewed',
        summary: `Document consulté par ${signer.name}.`,
        detail: { signerId: actor.user.id },
      });
    }
  }
  return { request, stream: deps.blobs.openRead(request.documentBlobKey) };
}
