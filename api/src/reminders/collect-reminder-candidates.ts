import {
  addCalendarDays,
  type CalendarDate,
  isMyWorkflowAction,
  type ScheduledWorkflowItem,
} from '@deedroom/shared';
import { readNotificationSettings } from '../services/notifications/get-notification-settings';
import { isWorkflowItemVisible } from '../services/workflow/is-workflow-item-visible';
import { scheduleDealWorkflow } from '../services/workflow/schedule-deal-workflow';
import type { DealRecord, StaffMemberRecord } from '../store/records';
import type { NotificationSettingsRecord, ReminderKey, WorkflowItemRecord } from '../store/workflow-records';

/** One person's open item on one deal, as the reminder run sees it. */
export interface PersonalItem {
  item: ScheduledWorkflowItem<WorkflowItemRecord>;
  deal: DealRecord;
}

export interface ReminderCandidates {
  /** Reminders due now (before de-duplication against those already given). */
  keys: ReminderKey[];
  /** Each person's open items (for their digest), by user id. */
  itemsByUser: Map<string, PersonalItem[]>;
  /** Scheduled items by id, to describe the reminders. */
  itemsById: Map<string, PersonalItem>;
  people: Map<string, StaffMemberRecord>;
}

/**
 * Who should hear about what today: for every open, dated item, each person staffed on its deal
 * (never an observer, never outside the bank for an internal item) whose item it is gets a
 * « due soon » reminder from `remindDaysBefore` days ahead, and an « overdue » one once late.
 */
export function collectReminderCandidates(
  deals: ReadonlyArray<{
    deal: DealRecord;
    items: readonly WorkflowItemRecord[];
    staff: StaffMemberRecord[];
  }>,
  settings: ReadonlyMap<string, NotificationSettingsRecord>,
  today: CalendarDate,
): ReminderCandidates {
  const result: ReminderCandidates = {
    keys: [],
    itemsByUser: new Map(),
    itemsById: new Map(),
    people: new Map(),
  };
  for (const { deal, items, staff } of deals) {
    const members = staff.filter((member) => member.role !== 'observer');
    for (const item of scheduleDealWorkflow(items, today)) {
      if (item.status === 'done' || item.status === 'not_applicable') continue;
      result.itemsById.set(item.id, { item, deal });
      for (const member of members) {
        if (!isWorkflowItemVisible(item, member.orgKind)) continue;
        if (!isMyWorkflowAction(item, { userId: member.userId, orgKind: member.orgKind })) continue;
        result.people.set(member.userId, member);
        const own = result.itemsByUser.get(member.userId);
        if (own) own.push({ item, deal });
        else result.itemsByUser.set(member.userId, [{ item, deal }]);
        if (item.dueDate === null) continue;
        const { remindDaysBefore } = readNotificationSettings(settings.get(member.userId));
        const kind =
          item.dueDate < today
            ? 'overdue'
            : item.dueDate <= addCalendarDays(today, remindDaysBefore)
              ? 'due_soon'
              : null;
        if (kind) result.keys.push({ itemId: item.id, userId: member.userId, kind, dueDate: item.dueDate });
      }
    }
  }
  return result;
}
