import { SegmentedControl } from '@mantine/core';
import { WORKFLOW_SCOPE_LABELS, WORKFLOW_SCOPES, type WorkflowScope } from './workflow-scope';

/** « Moi / Mon organisation / Tout le monde ». */
export function WorkflowScopeSwitch({
  value,
  onChange,
  size = 'sm',
}: {
  value: WorkflowScope;
  onChange: (scope: WorkflowScope) => void;
  size?: 'xs' | 'sm';
}) {
  return (
    <SegmentedControl
      size={size}
      value={value}
      onChange={(next) => onChange(next as WorkflowScope)}
      data={WORKFLOW_SCOPES.map((scope) => ({ value: scope, label: WORKFLOW_SCOPE_LABELS[scope] }))}
      aria-label="Étapes affichées"
      data-testid="workflow-scope"
    />
  );
}
