import { AppError, type DealAction } from '@deedroom/shared';
import type { DealRecord, DeedRecord, StaffRecord } from '../../store/records';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';

export interface DeedAccess {
  deed: DeedRecord;
  deal: DealRecord;
  staff: StaffRecord;
}

/** A deed is reachable exactly when its deal is: 404 for missing and walled-off alike. */
export async function requireDeedAccess(
  deps: ServiceDeps,
  actor: Actor,
  deedId: string,
  action: DealAction,
): Promise<DeedAccess> {
  const deed = await deps.stores.deeds.findById(deedId);
  const notFound = new AppError('NOT_FOUND', 'Acte introuvable.');
  if (!deed) throw notFound;
  try {
    const { deal, staff } = await requireDealAccess(deps, actor, deed.dealId, action);
    return { deed, deal, staff };
  } catch (err) {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? notFound : err;
  }
}
