import { AppError, type WorkflowTemplateSaved } from '@deedroom/shared';
import type { WorkflowTemplateItemRecord } from '../../store/workflow-records';
import { recordAudit } from '../audit/record-audit';
import { requireDealAccess } from '../deals/require-deal-access';
import type { Actor, ServiceDeps } from '../deps';
import { ensureDealWorkflows } from './ensure-deal-workflows';

/**
 * The bank edits its template by shaping a deal's workflow, then saving it: the bank's next deals
 * start from these items (dates set on this deal are kept only where they are relative).
 */
export async function saveWorkflowTemplate(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
): Promise<WorkflowTemplateSaved> {
  await requireDealAccess(deps, actor, dealId, 'deal.update');
  if (actor.user.orgKind !== 'bank') {
    throw new AppError('FORBIDDEN', 'Seule la banque peut enregistrer son modèle d’échéancier.');
  }
  await ensureDealWorkflows(deps, [dealId]);
  const items = await deps.stores.workflow.listItems([dealId]);
  const template: WorkflowTemplateItemRecord[] = items.map((item) => ({
    key: item.id,
    title: item.title,
    description: item.description,
    kind: item.kind,
    responsibleParties: item.responsibleParties,
    // A fixed date belongs to this deal, not to the next one.
    due: item.due?.kind === 'relative' ? item.due : null,
    rollsToWorkingDay: item.rollsToWorkingDay,
    dependsOn: item.dependsOn,
    visibility: item.visibility,
  }));
  const savedAt = deps.clock.now().toISOString();
  await deps.stores.workflow.saveTemplate(actor.user.orgId, template, actor.user.id, savedAt);
  await recordAudit(deps, {
    action: 'workflow.template.save',
    actor,
    dealId,
    detail: { itemCount: template.length },
  });
  return { itemCount: template.length, savedAt };
}
