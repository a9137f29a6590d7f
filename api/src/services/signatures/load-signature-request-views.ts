import type { SignatureEventView, SignatureRequestView, SignerView } from '@deedroom/shared';
import type { SignatureRequestRecord } from '../../store/signature-records';
import type { ServiceDeps } from '../deps';
import { loadPeople, personOf } from '../versions/load-people';
import { findCurrentSigner } from './require-signature-request';

/** Requests as the app shows them: signers with their status and organisation, whose turn it is. */
export async function loadSignatureRequestViews(
  deps: ServiceDeps,
  requests: readonly SignatureRequestRecord[],
): Promise<SignatureRequestView[]> {
  const signers = await deps.stores.signatures.listSigners(requests.map((r) => r.id));
  const people = await loadPeople(deps, [
    ...requests.map((r) => r.createdBy),
    ...signers.map((s) => s.userId),
  ]);
  return requests.map((request) => {
    const own = signers.filter((s) => s.requestId === request.id);
    const signerViews: SignerView[] = own.map((s) => ({
      userId: s.userId,
      name: s.name,
      email: s.email,
      orgName: personOf(people, s.userId).orgName,
      order: s.position,
      anchor: s.anchor,
      status: s.status,
      viewedAt: s.viewedAt,
      signedAt: s.signedAt,
      signedIp: s.signedIp,
      declinedAt: s.declinedAt,
      declineReason: s.declineReason,
    }));
    return {
      id: request.id,
      dealId: request.dealId,
      title: request.title,
      sourceKind: request.sourceKind,
      sourceId: request.sourceId,
      sourceVersionId: request.sourceVersionId,
      documentName: request.documentName,
      documentSha256: request.documentSha256,
      provider: request.provider,
      envelopeId: request.envelopeId,
      status: request.status,
      message: request.message,
      expiresAt: request.expiresAt,
      createdBy: { id: request.createdBy, name: personOf(people, request.createdBy).name },
      createdAt: request.createdAt,
      completedAt: request.completedAt,
      errorMessage: request.errorMessage,
      nextAttemptAt: request.nextAttemptAt,
      cancelReason: request.cancelReason,
      signed:
        request.signedDocumentId && request.signedVersionId && request.signedSha256
          ? {
              documentId: request.signedDocumentId,
              versionId: request.signedVersionId,
              sha256: request.signedSha256,
            }
          : null,
      signers: signerViews,
      currentSignerId: findCurrentSigner(request, own)?.userId ?? null,
    };
  });
}

export async function loadSignatureEventViews(
  deps: ServiceDeps,
  requestId: string,
): Promise<SignatureEventView[]> {
  const events = await deps.stores.signatures.listEvents(requestId);
  const people = await loadPeople(
    deps,
    events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  );
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    kind: e.kind,
    actorName: e.actorId ? personOf(people, e.actorId).name : null,
    summary: e.summary,
    ip: e.ip,
  }));
}
