import { DEFAULT_WORKFLOW_TEMPLATE } from '@deedroom/shared';
import type { WorkflowTemplateItemRecord } from '../../store/workflow-records';

/** The template of ../shared/DOMAIN.md, as a bank's template is stored (items named by key). */
export function readDefaultTemplate(): WorkflowTemplateItemRecord[] {
  return DEFAULT_WORKFLOW_TEMPLATE.map((item) => ({
    key: item.id,
    title: item.title,
    description: item.description ?? '',
    kind: 'milestone',
    responsibleParties: [...(item.responsibleParties ?? [])],
    due: item.due,
    rollsToWorkingDay: item.rollsToWorkingDay ?? false,
    dependsOn: [...(item.dependsOn ?? [])],
    visibility: 'all',
  }));
}
