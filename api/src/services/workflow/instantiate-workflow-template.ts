import { createId } from '../../create-id';
import type { WorkflowItemRecord, WorkflowTemplateItemRecord } from '../../store/workflow-records';

/**
 * A deal's own items from a template: each gets a fresh id, and dependencies and relative dates
 * that named template keys now name those ids. Everything starts « à venir ».
 */
export function instantiateWorkflowTemplate(
  template: readonly WorkflowTemplateItemRecord[],
  dealId: string,
  at: string,
): WorkflowItemRecord[] {
  const ids = new Map(template.map((item) => [item.key, createId()]));
  const idOf = (key: string): string => {
    const id = ids.get(key);
    // Templates are checked when saved; a dangling key means the stored JSON was tampered with.
    if (id === undefined) throw new Error(`workflow template refers to unknown item "${key}"`);
    return id;
  };
  return template.map((item, position) => ({
    id: idOf(item.key),
    dealId,
    title: item.title,
    description: item.description,
    kind: item.kind,
    responsibleParties: [...item.responsibleParties],
    assigneeId: null,
    due: item.due?.kind === 'relative' ? { ...item.due, to: idOf(item.due.to) } : item.due,
    rollsToWorkingDay: item.rollsToWorkingDay,
    dependsOn: item.dependsOn.map(idOf),
    status: 'upcoming',
    visibility: item.visibility,
    link: null,
    position,
    completedAt: null,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
  }));
}
