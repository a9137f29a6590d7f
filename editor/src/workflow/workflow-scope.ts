import type { OrgKind, WorkflowItemView } from '@deedroom/shared';

/** Whose items the panel shows. */
export const WORKFLOW_SCOPES = ['mine', 'my_org', 'everyone'] as const;
export type WorkflowScope = (typeof WORKFLOW_SCOPES)[number];

export const WORKFLOW_SCOPE_LABELS: Record<WorkflowScope, string> = {
  mine: 'Moi',
  my_org: 'Mon organisation',
  everyone: 'Tout le monde',
};

/**
 * `mine`: the item is the viewer's to act on (server's `isMine`); `my_org`: the viewer's kind of
 * organisation is among the responsible parties; `everyone`: every visible item.
 */
export function isInWorkflowScope(item: WorkflowItemView, scope: WorkflowScope, orgKind: OrgKind): boolean {
  if (scope === 'mine') return item.isMine;
  if (scope === 'my_org') return item.responsibleParties.includes(orgKind);
  return true;
}
