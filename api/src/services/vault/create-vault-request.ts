import type { CreateVaultRequestRequestSchema } from '@deedroom/shared';
import type { z } from 'zod';
import { createId } from '../../create-id';
import type { VaultRequestRecord } from '../../store/vault-records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import type { VaultRequestView } from './load-vault-request-views';

export type CreateVaultRequestInput = z.output<typeof CreateVaultRequestRequestSchema>;

/** The bank adds an item to the checklist of what it expects from the developer. */
export async function createVaultRequest(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  input: CreateVaultRequestInput,
): Promise<VaultRequestView> {
  await requireDealAccess(deps, actor, dealId, 'vault.review');
  const request: VaultRequestRecord = {
    id: createId(),
    dealId,
    category: input.category,
    description: input.description,
    dueDate: input.dueDate,
    mandatory: input.mandatory,
    status: 'missing',
    rejectionReason: null,
    documentId: null,
    createdBy: actor.user.id,
    createdAt: deps.clock.now().toISOString(),
    decidedAt: null,
    decidedBy: null,
  };
  await deps.stores.vaultRequests.createMany([request]);
  await recordAudit(deps, {
    action: 'vault.request.create',
    actor,
    dealId,
    target: `vault-request:${request.id}`,
    detail: { category: request.category, mandatory: request.mandatory },
  });
  return { request, decidedBy: null };
}
