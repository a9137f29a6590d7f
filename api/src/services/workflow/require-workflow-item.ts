import { AppError, type DealAction } from '@deedroom/shared';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import { type DealAccess, requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { isWorkflowItemVisible } from './is-workflow-item-visible';

function itemNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Étape introuvable.');
}

/**
 * An item the caller may reach: on a deal they are staffed on, and not internal to a bank they
 * do not belong to (both answer 404, like a missing item); `action` is then checked (403).
 */
export async function requireWorkflowItem(
  deps: ServiceDeps,
  actor: Actor,
  itemId: string,
  action: DealAction,
): Promise<DealAccess & { item: WorkflowItemRecord }> {
  const item = await deps.stores.workflow.findItem(itemId);
  if (!item) throw itemNotFound();
  const staff = await deps.stores.staffing.findRole(item.dealId, actor.user.id);
  if (!staff || !isWorkflowItemVisible(item, actor.user.orgKind)) throw itemNotFound();
  const access = await requireDealAccess(deps, actor, item.dealId, action);
  return { ...access, item };
}
