import { type CalendarDate, computeWorkflowSchedule, type ScheduledWorkflowItem } from '@deedroom/shared';
import type { WorkflowItemRecord } from '../../store/workflow-records';

const schedules = new WeakMap<
  readonly WorkflowItemRecord[],
  { today: CalendarDate; scheduled: ScheduledWorkflowItem<WorkflowItemRecord>[] }
>();

/**
 * A deal's schedule on `today`, computed once per version of its items: the store answers the
 * same frozen array while a deal's workflow is unchanged, so « Mes actions » over 200 deals only
 * recomputes the deals that moved (or all of them, once, when the day changes).
 */
export function scheduleDealWorkflow(
  items: readonly WorkflowItemRecord[],
  today: CalendarDate,
): readonly ScheduledWorkflowItem<WorkflowItemRecord>[] {
  const cached = schedules.get(items);
  if (cached?.today === today) return cached.scheduled;
  const scheduled = computeWorkflowSchedule(items, today);
  schedules.set(items, { today, scheduled });
  return scheduled;
}
