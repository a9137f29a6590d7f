import {
  AppError,
  canPerform,
  type DealWorkflow,
  isMyWorkflowAction,
  type PatchWorkflowItemRequestSchema,
  type WorkflowEventKind,
} from '@deedroom/shared';
import type { z } from 'zod';
import { createId } from '../../create-id';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { applyWorkflowChange } from './apply-workflow-change';
import { internalForbidden } from './create-workflow-item';
import { describeWorkflowChange } from './describe-workflow-change';
import { presentDealWorkflow } from './get-deal-workflow';
import { requireWorkflowItem } from './require-workflow-item';

export type PatchWorkflowItemInput = z.output<typeof PatchWorkflowItemRequestSchema>;

function isSettled(status: WorkflowItemRecord['status']): boolean {
  return status === 'done' || status === 'not_applicable';
}

function classifyEvent(
  before: WorkflowItemRecord,
  after: WorkflowItemRecord,
  titles: ReadonlyMap<string, string>,
): WorkflowEventKind {
  if (JSON.stringify(before.due) !== JSON.stringify(after.due)) return 'rescheduled';
  const withoutStatus = describeWorkflowChange(before, { ...after, status: before.status }, titles);
  return before.status !== after.status && withoutStatus === '' ? 'status_changed' : 'updated';
}

/**
 * Changes an item: anything for people with `deadline.manage`; only the status of an item that
 * is theirs for the others (the developer's collaborator marks their own task done). Moving a
 * date shifts every date relative to it; the answer is the recomputed workflow.
 */
export async function updateWorkflowItem(
  deps: ServiceDeps,
  actor: Actor,
  itemId: string,
  patch: PatchWorkflowItemInput,
): Promise<DealWorkflow> {
  const { item, staff } = await requireWorkflowItem(deps, actor, itemId, 'deal.view');
  const viewer = { userId: actor.user.id, orgKind: actor.user.orgKind };
  if (!canPerform(staff.role, 'deadline.manage')) {
    const onlyStatus = Object.keys(patch).every((key) => key === 'status');
    if (!onlyStatus || !isMyWorkflowAction(item, viewer)) {
      throw new AppError(
        'FORBIDDEN',
        'Votre rôle permet seulement de changer le statut des étapes qui vous reviennent.',
      );
    }
  }
  if (patch.visibility === 'internal' && actor.user.orgKind !== 'bank') throw internalForbidden();

  const at = deps.clock.now().toISOString();
  const status = patch.status ?? item.status;
  let completedAt = item.completedAt;
  if (isSettled(status) && !isSettled(item.status)) completedAt = at;
  if (!isSettled(status)) completedAt = null;
  const next: WorkflowItemRecord = {
    ...item,
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.kind !== undefined && { kind: patch.kind }),
    ...(patch.responsibleParties !== undefined && {
      responsibleParties: [...new Set(patch.responsibleParties)],
    }),
    ...(patch.assigneeId !== undefined && { assigneeId: patch.assigneeId }),
    ...(patch.due !== undefined && { due: patch.due }),
    ...(patch.rollsToWorkingDay !== undefined && { rollsToWorkingDay: patch.rollsToWorkingDay }),
    ...(patch.dependsOn !== undefined && { dependsOn: [...new Set(patch.dependsOn)] }),
    ...(patch.visibility !== undefined && { visibility: patch.visibility }),
    ...(patch.link !== undefined && { link: patch.link }),
    status,
    completedAt,
    updatedAt: at,
  };
  const before = await deps.stores.workflow.listItems([item.dealId]);
  const titles = new Map(before.map((i) => [i.id, i.title]));
  const summary = describeWorkflowChange(item, next, titles);
  if (summary === '') return presentDealWorkflow(deps, actor, staff, before);

  const workflow = await applyWorkflowChange(deps, actor, staff, before, {
    changed: next,
    next: before.map((i) => (i.id === item.id ? next : i)),
    write: () => {
      const { id: _id, dealId: _deal, position: _p, createdBy: _c, createdAt: _a, ...fields } = next;
      return deps.stores.workflow.updateItem(item.id, fields, {
        id: createId(),
        itemId: item.id,
        dealId: item.dealId,
        at,
        actorId: actor.user.id,
        kind: classifyEvent(item, next, titles),
        summary,
      });
    },
  });
  await recordAudit(deps, {
    action: 'workflow.item.update',
    actor,
    dealId: item.dealId,
    target: `workflow-item:${item.id}`,
    detail: { changes: summary },
  });
  return workflow;
}
