import { AppError, canPerform, type DealAction } from '@deedroom/shared';
import type { DealRecord, StaffRecord } from '../../store/records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';

export interface DealAccess {
  deal: DealRecord;
  staff: StaffRecord;
}

/** The same answer for a deal that does not exist and one behind the Chinese wall. */
export function dealNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Dossier introuvable.');
}

/**
 * The gate of every deal-scoped operation: the caller must be staffed on the deal (otherwise
 * 404, exactly as for a missing deal) and their role must allow `action` (otherwise 403).
 */
export async function requireDealAccess(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  action: DealAction,
): Promise<DealAccess> {
  const staff = await deps.stores.staffing.findRole(dealId, actor.user.id);
  const deal = staff && (await deps.stores.deals.findById(dealId));
  if (!staff || !deal) {
    await recordAudit(deps, {
      action,
      outcome: 'denied',
      actor,
      target: `deal:${dealId}`,
      detail: { reason: 'not_staffed' },
    });
    throw dealNotFound();
  }
  if (!canPerform(staff.role, action)) {
    await recordAudit(deps, { action, outcome: 'denied', actor, dealId, detail: { role: staff.role } });
    throw new AppError('FORBIDDEN', 'Votre rôle sur ce dossier ne permet pas cette action.');
  }
  return { deal, staff };
}
