import { AppError, type DealWorkflow } from '@deedroom/shared';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { applyWorkflowChange } from './apply-workflow-change';
import { isWorkflowItemVisible } from './is-workflow-item-visible';
import { requireWorkflowItem } from './require-workflow-item';

/** Removes an item nothing else depends on or counts its date from (`deadline.manage`). */
export async function deleteWorkflowItem(
  deps: ServiceDeps,
  actor: Actor,
  itemId: string,
): Promise<DealWorkflow> {
  const { item, staff } = await requireWorkflowItem(deps, actor, itemId, 'deadline.manage');
  const before = await deps.stores.workflow.listItems([item.dealId]);
  const dependents = before.filter(
    (other) =>
      other.dependsOn.includes(item.id) || (other.due?.kind === 'relative' && other.due.to === item.id),
  );
  if (dependents.length > 0) {
    // A bank-internal dependent is named to the bank only.
    const names = dependents.map((d) =>
      isWorkflowItemVisible(d, actor.user.orgKind) ? `« ${d.title} »` : 'une étape de la banque',
    );
    throw new AppError(
      'CONFLICT',
      `D’autres étapes dépendent de « ${item.title} » : ${[...new Set(names)].join(', ')}. Retirez d’abord ces liens.`,
    );
  }
  const workflow = await applyWorkflowChange(deps, actor, staff, before, {
    changed: null,
    next: before.filter((other) => other.id !== item.id),
    write: () => deps.stores.workflow.deleteItem(item.id),
  });
  await recordAudit(deps, {
    action: 'workflow.item.delete',
    actor,
    dealId: item.dealId,
    target: `workflow-item:${item.id}`,
    detail: { title: item.title },
  });
  return workflow;
}
