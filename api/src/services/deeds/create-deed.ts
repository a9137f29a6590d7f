import type { CreateDeedRequest } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { DeedRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export async function createDeed(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  input: CreateDeedRequest,
): Promise<DeedRecord> {
  await requireDealAccess(deps, actor, dealId, 'deed.create');
  const now = deps.clock.now().toISOString();
  const deed: DeedRecord = {
    id: createId(),
    dealId,
    title: input.title,
    kind: input.kind,
    createdBy: actor.user.id,
    createdAt: now,
    updatedAt: now,
    suggestionOnlyFor: [],
    lock: null,
  };
  await deps.stores.deeds.create(deed);
  await recordAudit(deps, { action: 'deed.create', actor, dealId, target: `deed:${deed.id}` });
  return deed;
}
