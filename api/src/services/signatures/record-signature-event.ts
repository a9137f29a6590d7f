import type { SignatureEventKind } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { SignatureRequestRecord } from '../../store/signature-records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';

export interface SignatureEventInput {
  kind: SignatureEventKind;
  /** In French, shown in the request's history. */
  summary: string;
  detail?: Record<string, unknown>;
  /** Overrides the actor's address (none for provider events). */
  ip?: string | null;
}

/**
 * Evidence, twice: the event joins the request's own history (shown in the app) and the
 * hash-chained audit log (`signature.<kind>`), with the request, its envelope and the document hash.
 */
export async function recordSignatureEvent(
  deps: ServiceDeps,
  actor: Actor | null,
  request: SignatureRequestRecord,
  event: SignatureEventInput,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  const ip = event.ip !== undefined ? event.ip : (actor?.ip ?? null);
  const detail = {
    envelopeId: request.envelopeId,
    documentSha256: request.documentSha256,
    ...event.detail,
  };
  await deps.stores.signatures.appendEvent({
    id: createId(),
    requestId: request.id,
    dealId: request.dealId,
    at,
    actorId: actor?.user.id ?? null,
    kind: event.kind,
    summary: event.summary,
    ip,
    detail,
  });
  await recordAudit(deps, {
    action: `signature.${event.kind}`,
    actor,
    ip,
    dealId: request.dealId,
    target: `signature-request:${request.id}`,
    detail,
  });
}
