import type { Deal } from '@deedroom/shared';
import { WorkflowWorkspace } from '../workflow/workflow-workspace';

/** The deal's « Échéances » tab. */
export function DeadlinesPanel({ deal }: { deal: Deal }) {
  return <WorkflowWorkspace deal={deal} />;
}
