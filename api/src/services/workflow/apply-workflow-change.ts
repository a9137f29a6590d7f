import type { DealWorkflow } from '@deedroom/shared';
import type { StaffRecord } from '../../store/records';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import type { Actor, ServiceDeps } from '../deps';
import { checkWorkflowItems } from './check-workflow-items';
import { presentDealWorkflow } from './get-deal-workflow';
import { notifyWorkflowChanges } from './notify-workflow-changes';

/**
 * The common path of every change to a deal's workflow: check the workflow as it would be,
 * write, tell the people whose dates moved, and answer the recomputed workflow.
 */
export async function applyWorkflowChange(
  deps: ServiceDeps,
  actor: Actor,
  staff: StaffRecord,
  /** The deal's items before the change, as the caller read them. */
  before: WorkflowItemRecord[],
  change: {
    /** The item as it will be (absent for a deletion). */
    changed: WorkflowItemRecord | null;
    /** The deal's items as they will be. */
    next: WorkflowItemRecord[];
    write: () => Promise<void>;
  },
): Promise<DealWorkflow> {
  if (change.changed) await checkWorkflowItems(deps, staff.dealId, change.next, change.changed);
  await change.write();
  const after = await deps.stores.workflow.listItems([staff.dealId]);
  await notifyWorkflowChanges(deps, actor, staff.dealId, before, after);
  return presentDealWorkflow(deps, actor, staff, after);
}
