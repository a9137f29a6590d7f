import {
  computeWorkflowSchedule,
  isMyWorkflowAction,
  type NotificationKind,
  toParisCalendarDate,
} from '@deedroom/shared';
import { createId } from '../../create-id';
import { formatFrenchDate } from '../../mail/format-french-date';
import type { NotificationRecord, WorkflowItemRecord } from '../../store/workflow-records';
import type { Actor, ServiceDeps } from '../deps';
import { isWorkflowItemVisible } from './is-workflow-item-visible';

function formatDue(date: string | null): string {
  return date === null ? 'date à fixer' : formatFrenchDate(date);
}

/**
 * Tells people in the app when a change moved the due date of an item that is theirs to act on
 * (one move of a milestone can shift a whole chain), or handed them an item. The author of the
 * change is not told; nobody hears of an item they may not see.
 */
export async function notifyWorkflowChanges(
  deps: ServiceDeps,
  actor: Actor,
  dealId: string,
  before: readonly WorkflowItemRecord[],
  after: readonly WorkflowItemRecord[],
): Promise<void> {
  const today = toParisCalendarDate(deps.clock.now());
  const previous = new Map(computeWorkflowSchedule(before, today).map((item) => [item.id, item]));
  const changes: Array<{ item: WorkflowItemRecord; kind: NotificationKind; message: string }> = [];
  for (const item of computeWorkflowSchedule(after, today)) {
    if (item.status === 'done' || item.status === 'not_applicable') continue;
    const old = previous.get(item.id);
    if (old && old.dueDate !== item.dueDate) {
      changes.push({
        item,
        kind: 'rescheduled',
        message: `« ${item.title} » : échéance déplacée du ${formatDue(old.dueDate)} au ${formatDue(item.dueDate)} (par ${actor.user.name}, ${actor.user.orgName}).`,
      });
    }
    if (item.assigneeId !== null && item.assigneeId !== (old?.assigneeId ?? null)) {
      changes.push({
        item,
        kind: 'assigned',
        message: `${actor.user.name} vous a confié « ${item.title} » (échéance : ${formatDue(item.dueDate)}).`,
      });
    }
  }
  if (changes.length === 0) return;

  const staff = await deps.stores.staffing.list(dealId);
  const at = deps.clock.now().toISOString();
  const notifications: NotificationRecord[] = [];
  for (const { item, kind, message } of changes) {
    for (const member of staff) {
      if (member.userId === actor.user.id || member.role === 'observer') continue;
      if (!isWorkflowItemVisible(item, member.orgKind)) continue;
      if (!isMyWorkflowAction(item, { userId: member.userId, orgKind: member.orgKind })) continue;
      if (kind === 'assigned' && member.userId !== item.assigneeId) continue;
      notifications.push({
        id: createId(),
        userId: member.userId,
        dealId,
        itemId: item.id,
        kind,
        message,
        createdAt: at,
        readAt: null,
      });
    }
  }
  await deps.stores.notifications.createMany(notifications);
}
