import {
  type CalendarDate,
  classifyWorkflowUrgency,
  compareWorkflowUrgency,
  WORKFLOW_URGENCIES,
  type WorkflowItemView,
  type WorkflowUrgency,
} from '@deedroom/shared';

export interface WorkflowItemGroup {
  urgency: WorkflowUrgency;
  items: WorkflowItemView[];
}

/** The items by urgency group (overdue first, settled last), most urgent first within each; empty groups left out. */
export function groupWorkflowItems(
  items: readonly WorkflowItemView[],
  today: CalendarDate,
  urgencies: readonly WorkflowUrgency[] = WORKFLOW_URGENCIES,
): WorkflowItemGroup[] {
  const sorted = [...items].sort(compareWorkflowUrgency(today));
  return urgencies
    .map((urgency) => ({
      urgency,
      items: sorted.filter((item) => classifyWorkflowUrgency(item, today) === urgency),
    }))
    .filter((group) => group.items.length > 0);
}
