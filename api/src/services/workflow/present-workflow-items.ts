import {
  isMyWorkflowAction,
  type ScheduledWorkflowItem,
  type WorkflowItemView,
  type WorkflowLink,
  type WorkflowViewer,
} from '@deedroom/shared';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import type { ServiceDeps } from '../deps';
import { loadPeople, personOf } from '../versions/load-people';

async function loadLinkLabels(
  deps: ServiceDeps,
  items: readonly WorkflowItemRecord[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const { link } of items) {
    if (!link || labels.has(link.targetId)) continue;
    if (link.kind === 'deed_approved' || link.kind === 'deed_locked') {
      const deed = await deps.stores.deeds.findById(link.targetId);
      labels.set(link.targetId, deed?.title ?? 'Acte supprimé');
    } else if (link.kind === 'vault_request_accepted') {
      const request = await deps.stores.vaultRequests.findById(link.targetId);
      labels.set(link.targetId, request?.description ?? 'Demande supprimée');
    } else {
      const request = await deps.stores.signatures.findById(link.targetId);
      labels.set(link.targetId, request ? `Signature : ${request.title}` : 'Demande de signature');
    }
  }
  return labels;
}

/**
 * Scheduled items as `viewer` sees them: assignees and link targets named, `isMine` set, and
 * `blockedBy` keeping only the items the viewer may see (`visibleIds`, by default the items
 * given). The caller has already left out the items the viewer may not see.
 */
export async function presentWorkflowItems(
  deps: ServiceDeps,
  items: readonly ScheduledWorkflowItem<WorkflowItemRecord>[],
  viewer: WorkflowViewer,
  visibleIds: ReadonlySet<string> = new Set(items.map((item) => item.id)),
): Promise<WorkflowItemView[]> {
  const people = await loadPeople(
    deps,
    items.flatMap((item) => (item.assigneeId === null ? [] : [item.assigneeId])),
  );
  const labels = await loadLinkLabels(deps, items);
  return items.map((item) => {
    const link: WorkflowLink | null = item.link && {
      ...item.link,
      label: labels.get(item.link.targetId) ?? '',
    };
    return {
      id: item.id,
      dealId: item.dealId,
      title: item.title,
      description: item.description,
      kind: item.kind,
      responsibleParties: item.responsibleParties,
      assignee: item.assigneeId === null ? null : personOf(people, item.assigneeId),
      due: item.due,
      rollsToWorkingDay: item.rollsToWorkingDay,
      dependsOn: item.dependsOn.filter((id) => visibleIds.has(id)),
      status: item.status,
      visibility: item.visibility,
      link,
      completedAt: item.completedAt,
      updatedAt: item.updatedAt,
      dueDate: item.dueDate,
      unrolledDueDate: item.unrolledDueDate,
      nonWorkingDay: item.nonWorkingDay,
      isRolled: item.isRolled,
      displayStatus: item.displayStatus,
      blockedBy: item.blockedBy.filter((id) => visibleIds.has(id)),
      isMine: isMyWorkflowAction(item, viewer),
    };
  });
}
