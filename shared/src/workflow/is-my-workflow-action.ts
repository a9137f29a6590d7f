import type { OrgKind } from '../orgs';

/** Who is looking: enough to tell which items are theirs to act on. */
export interface WorkflowViewer {
  userId: string;
  orgKind: OrgKind;
}

/**
 * An item is the viewer's to act on when it is assigned to them, or when nobody is assigned and
 * their kind of organisation is responsible for it.
 */
export function isMyWorkflowAction(
  item: { assigneeId: string | null; responsibleParties: readonly OrgKind[] },
  viewer: WorkflowViewer,
): boolean {
  if (item.assigneeId !== null) return item.assigneeId === viewer.userId;
  return item.responsibleParties.includes(viewer.orgKind);
}
