import {
  type CalendarDate,
  classifyWorkflowUrgency,
  type MyAction,
  WORKFLOW_URGENCIES,
  type WorkflowUrgency,
} from '@deedroom/shared';

export interface MyActionGroup {
  urgency: WorkflowUrgency;
  items: MyAction[];
}

/**
 * Splits the actions into urgency groups, most urgent first, keeping the server's order inside
 * each group; empty groups are left out.
 */
export function groupMyActions(items: readonly MyAction[], today: CalendarDate): MyActionGroup[] {
  const byUrgency = new Map<WorkflowUrgency, MyAction[]>();
  for (const item of items) {
    const urgency = classifyWorkflowUrgency(item, today);
    const group = byUrgency.get(urgency);
    if (group) group.push(item);
    else byUrgency.set(urgency, [item]);
  }
  return WORKFLOW_URGENCIES.flatMap((urgency) => {
    const group = byUrgency.get(urgency);
    return group ? [{ urgency, items: group }] : [];
  });
}
