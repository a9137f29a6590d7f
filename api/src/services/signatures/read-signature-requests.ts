import type { SignatureRequestDetail, SignatureRequestView } from '@deedroom/shared';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { expireIfDue } from './expire-signature-requests';
import { loadSignatureEventViews, loadSignatureRequestViews } from './load-signature-request-views';
import { requireSignatureRequest } from './require-signature-request';

/** The deal's signature requests, newest first (every party of the deal sees them). */
export async function listSignatureRequests(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<SignatureRequestView[]> {
  await requireDealAccess(deps, actor, dealId, 'deal.view');
  const requests = await deps.stores.signatures.listByDeal(dealId);
  const current = await Promise.all(requests.map((r) => expireIfDue(deps, r)));
  return loadSignatureRequestViews(deps, current);
}

/** One request with its history of events. */
export async function getSignatureRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
): Promise<SignatureRequestDetail> {
  const access = await requireSignatureRequest(deps, actor, requestId, 'deal.view');
  const request = await expireIfDue(deps, access.request);
  const [view] = await loadSignatureRequestViews(deps, [request]);
  if (!view) throw new Error('unreachable');
  return { ...view, events: await loadSignatureEventViews(deps, request.id) };
}
