import { AppError, computeWorkflowSchedule, LIMITS, toParisCalendarDate } from '@deedroom/shared';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import type { ServiceDeps } from '../deps';

function listReferences(item: WorkflowItemRecord): string[] {
  return item.due?.kind === 'relative' ? [...item.dependsOn, item.due.to] : item.dependsOn;
}

/**
 * Refuses a deal's workflow as it would be after a change when it does not hold together:
 * unknown references and cycles (from the schedule itself), an item seen by every party that
 * depends on a bank-internal one (it would reveal it), too many items, an assignee not staffed
 * on the deal (or outside the bank for an internal item), or a link to something of another deal.
 */
export async function checkWorkflowItems(
  deps: ServiceDeps,
  dealId: string,
  items: readonly WorkflowItemRecord[],
  changed: WorkflowItemRecord,
): Promise<void> {
  if (items.length > LIMITS.workflowMaxItemsPerDeal) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Un dossier compte au plus ${LIMITS.workflowMaxItemsPerDeal} étapes.`,
    );
  }
  computeWorkflowSchedule(items, toParisCalendarDate(deps.clock.now()));

  const internal = new Map(items.filter((i) => i.visibility === 'internal').map((i) => [i.id, i]));
  for (const item of items) {
    if (item.visibility !== 'all') continue;
    const hidden = listReferences(item).find((id) => internal.has(id));
    if (hidden !== undefined) {
      throw new AppError(
        'VALIDATION_FAILED',
        `« ${item.title} » est visible de toutes les parties : elle ne peut pas dépendre de l’étape interne à la banque « ${internal.get(hidden)?.title ?? ''} ».`,
      );
    }
  }

  if (changed.assigneeId !== null) {
    const staff = (await deps.stores.staffing.list(dealId)).find((s) => s.userId === changed.assigneeId);
    if (!staff)
      throw new AppError('VALIDATION_FAILED', 'La personne désignée n’intervient pas sur ce dossier.');
    if (changed.visibility === 'internal' && staff.orgKind !== 'bank') {
      throw new AppError(
        'VALIDATION_FAILED',
        'Une étape interne à la banque ne peut être confiée qu’à la banque.',
      );
    }
  }

  const link = changed.link;
  if (link) {
    let linkedDealId: string | undefined;
    if (link.kind === 'deed_approved' || link.kind === 'deed_locked') {
      linkedDealId = (await deps.stores.deeds.findById(link.targetId))?.dealId;
    } else if (link.kind === 'vault_request_accepted') {
      linkedDealId = (await deps.stores.vaultRequests.findById(link.targetId))?.dealId;
    } else {
      linkedDealId = (await deps.stores.signatures.findById(link.targetId))?.dealId;
    }
    if (linkedDealId !== dealId) {
      throw new AppError('VALIDATION_FAILED', 'L’élément lié n’appartient pas à ce dossier.');
    }
  }
}
