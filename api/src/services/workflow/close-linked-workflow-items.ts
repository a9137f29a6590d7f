import { isMyWorkflowAction, WORKFLOW_LINK_LABELS, type WorkflowLinkKind } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { NotificationRecord } from '../../store/workflow-records';
import { recordAudit } from '../audit/record-audit';
import type { Actor, ServiceDeps } from '../deps';
import { isWorkflowItemVisible } from './is-workflow-item-visible';

export interface WorkflowEvent {
  kind: WorkflowLinkKind;
  /** The deed, vault request or signature request the event concerns. */
  targetId: string;
  /** For people: « Convention de crédit », « Extrait Kbis ». */
  label: string;
}

/**
 * An event of the deal (every party approved a deed, a deed was locked, the bank accepted a
 * requested document, a signature was completed) marks the items linked to it done, with the
 * event in their history, and tells the people whose items they were. No double entry.
 * Items a person closed or set aside in the meantime are left as they are.
 */
export async function closeLinkedWorkflowItems(
  deps: ServiceDeps,
  actor: Actor | null,
  event: WorkflowEvent,
): Promise<number> {
  const items = (await deps.stores.workflow.listOpenItemsLinkedTo(event.targetId)).filter(
    (item) => item.link?.kind === event.kind,
  );
  const at = deps.clock.now().toISOString();
  const summary = `Terminée automatiquement : ${WORKFLOW_LINK_LABELS[event.kind].toLowerCase()} (« ${event.label} »)`;
  const notifications: NotificationRecord[] = [];
  let closed = 0;
  for (const item of items) {
    const didClose = await deps.stores.workflow.closeItem(item.id, [item.status], at, {
      id: createId(),
      itemId: item.id,
      dealId: item.dealId,
      at,
      actorId: null,
      kind: 'closed_by_event',
      summary,
    });
    if (!didClose) continue;
    closed += 1;
    await recordAudit(deps, {
      action: 'workflow.item.auto_close',
      ...(actor && { actor }),
      dealId: item.dealId,
      target: `workflow-item:${item.id}`,
      detail: { event: event.kind, targetId: event.targetId },
    });
    for (const member of await deps.stores.staffing.list(item.dealId)) {
      if (member.userId === actor?.user.id || member.role === 'observer') continue;
      if (!isWorkflowItemVisible(item, member.orgKind)) continue;
      if (!isMyWorkflowAction(item, { userId: member.userId, orgKind: member.orgKind })) continue;
      notifications.push({
        id: createId(),
        userId: member.userId,
        dealId: item.dealId,
        itemId: item.id,
        kind: 'closed_by_event',
        message: `« ${item.title} » est faite : ${WORKFLOW_LINK_LABELS[event.kind].toLowerCase()} (« ${event.label} »).`,
        createdAt: at,
        readAt: null,
      });
    }
  }
  await deps.stores.notifications.createMany(notifications);
  return closed;
}
