import { type CalendarDate, isMyWorkflowAction, type ScheduledWorkflowItem } from '@deedroom/shared';
import type { DealRecord, UserWithOrg } from '../../store/records';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import type { ServiceDeps } from '../deps';
import { ensureDealWorkflows } from './ensure-deal-workflows';
import { isWorkflowItemVisible } from './is-workflow-item-visible';
import { scheduleDealWorkflow } from './schedule-deal-workflow';

export interface MyWorkflowItems {
  /** The open items that are the user's to act on, scheduled, with their deal. */
  items: Array<{ item: ScheduledWorkflowItem<WorkflowItemRecord>; deal: DealRecord }>;
  /** Titles of every item the user may see on those deals, by id (to name dependencies). */
  visibleTitles: Map<string, string>;
  dealCount: number;
}

/**
 * What `user` must do across every deal they are staffed on (not as an observer): open items
 * assigned to them, or to their kind of organisation with nobody assigned, never a bank-internal
 * item outside the bank. Each deal's dates are computed over its whole workflow.
 */
export async function collectMyWorkflowItems(
  deps: ServiceDeps,
  user: UserWithOrg,
  today: CalendarDate,
): Promise<MyWorkflowItems> {
  const deals = await deps.stores.deals.listForUser(user.id);
  const roles = await deps.stores.staffing.listRolesForUser(
    user.id,
    deals.map((d) => d.id),
  );
  const acting = new Set(roles.filter((r) => r.role !== 'observer').map((r) => r.dealId));
  const myDeals = deals.filter((d) => acting.has(d.id));
  const dealIds = myDeals.map((d) => d.id);
  await ensureDealWorkflows(deps, dealIds);

  const byDeal = await deps.stores.workflow.listItemsByDeal(dealIds);
  const viewer = { userId: user.id, orgKind: user.orgKind };
  const result: MyWorkflowItems = { items: [], visibleTitles: new Map(), dealCount: myDeals.length };
  for (const deal of myDeals) {
    for (const item of scheduleDealWorkflow(byDeal.get(deal.id) ?? [], today)) {
      if (!isWorkflowItemVisible(item, user.orgKind)) continue;
      result.visibleTitles.set(item.id, item.title);
      if (item.status === 'done' || item.status === 'not_applicable') continue;
      if (isMyWorkflowAction(item, viewer)) result.items.push({ item, deal });
    }
  }
  return result;
}
