import { AppError, type DecideVaultRequestRequest } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { closeLinkedWorkflowItems } from '../workflow/close-linked-workflow-items';
import { loadVaultRequestViews, type VaultRequestView } from './load-vault-request-views';

/**
 * The bank accepts what was received, or rejects it with a reason (the developer then uploads
 * again against the same request).
 */
export async function decideVaultRequest(
  deps: ServiceDeps,
  actor: Actor,
  requestId: string,
  decision: DecideVaultRequestRequest,
): Promise<VaultRequestView> {
  const request = await deps.stores.vaultRequests.findById(requestId);
  if (!request) throw new AppError('NOT_FOUND', 'Demande introuvable.');
  await requireDealAccess(deps, actor, request.dealId, 'vault.review');
  if (request.status === 'missing' || !request.documentId) {
    throw new AppError('CONFLICT', 'Aucun document n’a encore été déposé pour cette demande.');
  }
  const now = deps.clock.now().toISOString();
  await deps.stores.vaultRequests.update(request.id, {
    status: decision.decision === 'accept' ? 'accepted' : 'rejected',
    rejectionReason: decision.decision === 'reject' ? decision.reason : null,
    decidedAt: now,
    decidedBy: actor.user.id,
  });
  await recordAudit(deps, {
    action: `vault.request.${decision.decision}`,
    actor,
    dealId: request.dealId,
    target: `vault-request:${request.id}`,
    detail: {
      documentId: request.documentId,
      ...(decision.decision === 'reject' && { reason: decision.reason }),
    },
  });
  if (decision.decision === 'accept') {
    await closeLinkedWorkflowItems(deps, actor, {
      kind: 'vault_request_accepted',
      targetId: request.id,
      label: request.description,
    });
  }
  const updated = await deps.stores.vaultRequests.findById(request.id);
  if (!updated) throw new AppError('NOT_FOUND', 'Demande introuvable.');
  const [view] = await loadVaultRequestViews(deps, [updated]);
  if (!view) throw new Error('unreachable');
  return view;
}
