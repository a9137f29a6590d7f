import { AppError, type CreateWorkflowItemRequestSchema, type DealWorkflow } from '@deedroom/shared';
import type { z } from 'zod';
import { createId } from '../../create-id';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { applyWorkflowChange } from './apply-workflow-change';
import { ensureDealWorkflows } from './ensure-deal-workflows';

export type CreateWorkflowItemInput = z.output<typeof CreateWorkflowItemRequestSchema>;

export function internalForbidden(): AppError {
  return new AppError('FORBIDDEN', 'Seule la banque peut créer des étapes internes.');
}

/** Adds a milestone or task to the deal's workflow (`deadline.manage`). */
export async function createWorkflowItem(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  input: CreateWorkflowItemInput,
): Promise<DealWorkflow> {
  const { staff } = await requireDealAccess(deps, actor, dealId, 'deadline.manage');
  if (input.visibility === 'internal' && actor.user.orgKind !== 'bank') throw internalForbidden();
  await ensureDealWorkflows(deps, [dealId]);
  const before = await deps.stores.workflow.listItems([dealId]);
  const at = deps.clock.now().toISOString();
  const item: WorkflowItemRecord = {
    id: createId(),
    dealId,
    title: input.title,
    description: input.description,
    kind: input.kind,
    responsibleParties: [...new Set(input.responsibleParties)],
    assigneeId: input.assigneeId,
    due: input.due,
    rollsToWorkingDay: input.rollsToWorkingDay,
    dependsOn: [...new Set(input.dependsOn)],
    status: 'upcoming',
    visibility: input.visibility,
    link: input.link,
    position: await deps.stores.workflow.nextPosition(dealId),
    completedAt: null,
    createdBy: actor.user.id,
    createdAt: at,
    updatedAt: at,
  };
  const workflow = await applyWorkflowChange(deps, actor, staff, before, {
    changed: item,
    next: [...before, item],
    write: () =>
      deps.stores.workflow.createItem(item, {
        id: createId(),
        itemId: item.id,
        dealId,
        at,
        actorId: actor.user.id,
        kind: 'created',
        summary: 'Étape créée',
      }),
  });
  await recordAudit(deps, {
    action: 'workflow.item.create',
    actor,
    dealId,
    target: `workflow-item:${item.id}`,
    detail: { title: item.title, visibility: item.visibility },
  });
  return workflow;
}
