import { AppError, type CreateDealRequest, type OrgKind } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { DealRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { createDefaultChecklist } from '../vault/create-default-checklist';
import { ensureDealWorkflows } from '../workflow/ensure-deal-workflows';
import type { DealView } from './deal-view';

/** Bank staff open a deal; the creator's bank is a party and the creator its first manager. */
export async function createDeal(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateDealRequest,
): Promise<DealView> {
  if (actor.user.orgKind !== 'bank') {
    await recordAudit(deps, { action: 'deal.create', outcome: 'denied', actor });
    throw new AppError('FORBIDDEN', 'Seule la banque peut ouvrir un dossier.');
  }
  const expected: Array<[string, OrgKind]> = [
    [input.developerOrgId, 'developer'],
    ...input.bankOrgIds.map((id): [string, OrgKind] => [id, 'bank']),
    ...input.notaryOrgIds.map((id): [string, OrgKind] => [id, 'notary']),
  ];
  for (const [orgId, kind] of expected) {
    const org = await deps.stores.orgs.findById(orgId);
    if (!org || org.kind !== kind) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Organisation ${orgId} inconnue ou d’un autre type (${kind} attendu).`,
      );
    }
  }
  const now = deps.clock.now().toISOString();
  const deal: DealRecord = {
    id: createId(),
    name: input.name,
    city: input.city,
    lots: input.lots,
    amountCents: input.amountCents,
    status: input.status,
    createdBy: actor.user.id,
    createdAt: now,
    updatedAt: now,
  };
  const partyOrgIds = [...new Set([actor.user.orgId, ...expected.map(([id]) => id)])];
  const creatorStaff = {
    dealId: deal.id,
    userId: actor.user.id,
    role: 'bank_manager' as const,
    addedBy: actor.user.id,
    addedAt: now,
  };
  await deps.stores.deals.create({ deal, partyOrgIds, creatorStaff });
  await createDefaultChecklist(deps, deal.id);
  await ensureDealWorkflows(deps, [deal.id]);
  await recordAudit(deps, {
    action: 'deal.create',
    actor,
    dealId: deal.id,
    detail: { parties: partyOrgIds },
  });
  const parties = await deps.stores.deals.listParties([deal.id]);
  return { deal, parties, role: creatorStaff.role };
}
