import type { OrgKind } from '@deedroom/shared';
import type { WorkflowItemRecord } from '../../store/workflow-records';

/** Bank-internal items exist only for the bank's people; the others are every party's. */
export function isWorkflowItemVisible(
  item: Pick<WorkflowItemRecord, 'visibility'>,
  viewerOrgKind: OrgKind,
): boolean {
  return item.visibility === 'all' || viewerOrgKind === 'bank';
}
