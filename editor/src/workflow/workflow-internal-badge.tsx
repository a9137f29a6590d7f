import { InternalBadge } from '../components/internal-badge';

/** « Interne banque »: only the bank's organisations see the item. */
export function WorkflowInternalBadge() {
  return (
    <InternalBadge
      label="Interne banque"
      tooltip="Visible uniquement par la banque"
      testId="workflow-internal-badge"
    />
  );
}
