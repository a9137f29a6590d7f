import { addCalendarDays } from './add-calendar-days';
import { addCalendarMonths } from './add-calendar-months';
import { addWorkingDays } from './add-working-days';
import { type CalendarDate, parseCalendarDate } from './calendar-date';
import { describeNonWorkingDay } from './describe-non-working-day';
import { orderWorkflowItems } from './order-workflow-items';
import { shiftToNextWorkingDay } from './shift-to-next-working-day';
import type {
  ScheduledWorkflowItem,
  WorkflowDisplayStatus,
  WorkflowItem,
  WorkflowItemSchedule,
  WorkflowOffset,
} from './workflow-item';

function applyOffset(date: CalendarDate, offset: WorkflowOffset): CalendarDate {
  let result = date;
  if (offset.months) result = addCalendarMonths(result, offset.months);
  if (offset.days) result = addCalendarDays(result, offset.days);
  if (offset.workingDays) result = addWorkingDays(result, offset.workingDays);
  return result;
}

function isSettled(item: WorkflowItem): boolean {
  return item.status === 'done' || item.status === 'not_applicable';
}

function computeDisplayStatus(
  item: WorkflowItem,
  dueDate: CalendarDate | null,
  blockedBy: readonly string[],
  today: CalendarDate,
): WorkflowDisplayStatus {
  if (isSettled(item)) return item.status;
  // A missed deadline is the more urgent news; `blockedBy` still tells who holds it up.
  if (dueDate !== null && dueDate < today) return 'overdue';
  if (blockedBy.length > 0) return 'blocked';
  return item.status;
}

/**
 * Resolves every item's due date through chains of relative dates, applies the working-day
 * rolling rule, derives the displayed status on `today` and returns the items by due date
 * (undated items last, input order kept among equals). A relative date is computed from the
 * effective (rolled) due date of the item it refers to, so moving one milestone shifts every
 * date that depends on it. Throws a VALIDATION_FAILED AppError naming the items on an unknown
 * reference, a duplicate id or a cycle.
 * @example computeWorkflowSchedule(DEFAULT_WORKFLOW_TEMPLATE, '2026-11-27')
 */
export function computeWorkflowSchedule<T extends WorkflowItem>(
  items: readonly T[],
  today: CalendarDate,
): ScheduledWorkflowItem<T>[] {
  parseCalendarDate(today);
  const schedules = new Map<string, WorkflowItemSchedule>();
  const byId = new Map(items.map((item) => [item.id, item]));

  for (const item of orderWorkflowItems(items)) {
    let unrolledDueDate: CalendarDate | null = null;
    if (item.due?.kind === 'absolute') {
      parseCalendarDate(item.due.date);
      unrolledDueDate = item.due.date;
    } else if (item.due?.kind === 'relative') {
      const reference = schedules.get(item.due.to)?.dueDate ?? null;
      unrolledDueDate = reference === null ? null : applyOffset(reference, item.due.offset);
    }
    const nonWorkingDay = unrolledDueDate === null ? null : describeNonWorkingDay(unrolledDueDate);
    const dueDate =
      unrolledDueDate !== null && nonWorkingDay !== null && item.rollsToWorkingDay
        ? shiftToNextWorkingDay(unrolledDueDate)
        : unrolledDueDate;
    const blockedBy = (item.dependsOn ?? []).filter((id) => {
      const dependency = byId.get(id);
      return dependency !== undefined && !isSettled(dependency);
    });
    schedules.set(item.id, {
      dueDate,
      unrolledDueDate,
      nonWorkingDay,
      isRolled: dueDate !== unrolledDueDate,
      displayStatus: computeDisplayStatus(item, dueDate, blockedBy, today),
      blockedBy,
    });
  }

  const scheduled = items.map((item, index) => {
    // orderWorkflowItems returned every item, so each has its schedule.
    const schedule = schedules.get(item.id) as WorkflowItemSchedule;
    return { scheduled: Object.assign({}, item, schedule), index };
  });
  scheduled.sort((a, b) => {
    const dateA = a.scheduled.dueDate;
    const dateB = b.scheduled.dueDate;
    if (dateA !== dateB) {
      if (dateA === null) return 1;
      if (dateB === null) return -1;
      return dateA < dateB ? -1 : 1;
    }
    return a.index - b.index;
  });
  return scheduled.map(({ scheduled: item }) => item);
}
