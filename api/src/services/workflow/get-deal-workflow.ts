import {
  canPerform,
  computeWorkflowSchedule,
  type DealWorkflow,
  type OrgKind,
  toParisCalendarDate,
} from '@deedroom/shared';
import type { StaffRecord } from '../../store/records';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { ensureDealWorkflows } from './ensure-deal-workflows';
import { isWorkflowItemVisible } from './is-workflow-item-visible';
import { presentWorkflowItems } from './present-workflow-items';

/** What a person may do with a deal's workflow, given their role and organisation. */
export function describeWorkflowRights(
  staff: StaffRecord,
  orgKind: OrgKind,
): Pick<DealWorkflow, 'canManage' | 'canUseInternal' | 'canSaveTemplate'> {
  const canManage = canPerform(staff.role, 'deadline.manage');
  return {
    canManage,
    canUseInternal: canManage && orgKind === 'bank',
    canSaveTemplate: orgKind === 'bank' && canPerform(staff.role, 'deal.update'),
  };
}

/** The deal's workflow as `actor` sees it, with every date computed for today (Europe/Paris). */
export async function presentDealWorkflow(
  deps: ServiceDeps,
  actor: Actor,
  staff: StaffRecord,
  items: readonly WorkflowItemRecord[],
): Promise<DealWorkflow> {
  const today = toParisCalendarDate(deps.clock.now());
  const visible = computeWorkflowSchedule(items, today).filter((item) =>
    isWorkflowItemVisible(item, actor.user.orgKind),
  );
  return {
    dealId: staff.dealId,
    today,
    items: await presentWorkflowItems(deps, visible, { userId: actor.user.id, orgKind: actor.user.orgKind }),
    ...describeWorkflowRights(staff, actor.user.orgKind),
  };
}

/** GET /api/deals/{dealId}/workflow: milestones and tasks by due date, undated last. */
export async function getDealWorkflow(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<DealWorkflow> {
  const { staff } = await requireDealAccess(deps, actor, dealId, 'deal.view');
  await ensureDealWorkflows(deps, [dealId]);
  const items = await deps.stores.workflow.listItems([dealId]);
  return presentDealWorkflow(deps, actor, staff, items);
}
