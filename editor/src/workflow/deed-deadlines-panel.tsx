import {
  type DeedDetail,
  WORKFLOW_URGENCY_LABELS,
  type WorkflowItemView,
  type WorkflowUrgency,
} from '@deedroom/shared';
import { Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { LoadErrorAlert } from '../components/load-error-alert';
import { buildDealTabPath } from '../deals/deal-tabs';
import listClasses from '../deed-editor/side-panel-list.module.css';
import { useAuthenticatedSession } from '../session/session-context';
import { groupWorkflowItems } from './group-workflow-items';
import { useDealWorkflow } from './use-deal-workflow';
import classes from './workflow.module.css';
import { WorkflowItemRow } from './workflow-item-row';
import { isInWorkflowScope, type WorkflowScope } from './workflow-scope';
import { WorkflowScopeSwitch } from './workflow-scope-switch';

/** What needs attention while drafting: late, due within the week, coming next, waiting on an earlier step. */
const COMPACT_URGENCIES: WorkflowUrgency[] = ['overdue', 'this_week', 'later', 'blocked'];

function isLinkedToDeed(item: WorkflowItemView, deedId: string): boolean {
  return (
    (item.link?.kind === 'deed_approved' || item.link?.kind === 'deed_locked') &&
    item.link.targetId === deedId
  );
}

/**
 * « Échéances » beside the deed: the viewer's open items of the deal by urgency, those tied to
 * this deed first and marked, with a link to the full schedule.
 */
export function DeedDeadlinesPanel({ access }: { access: DeedDetail }) {
  const { user } = useAuthenticatedSession();
  const workflow = useDealWorkflow(access.dealId);
  const [scope, setScope] = useState<WorkflowScope>('mine');
  const data = workflow.data;
  const titles = useMemo(() => new Map((data?.items ?? []).map((item) => [item.id, item.title])), [data]);

  const shown = (data?.items ?? []).filter((item) => isInWorkflowScope(item, scope, user.orgKind));
  const groups = data
    ? groupWorkflowItems(shown, data.today, COMPACT_URGENCIES).map((group) => ({
        ...group,
        // Stable sort: items tied to this deed first, urgency order kept otherwise.
        items: [...group.items].sort(
          (a, b) => Number(isLinkedToDeed(b, access.id)) - Number(isLinkedToDeed(a, access.id)),
        ),
      }))
    : [];

  return (
    <Stack gap="sm" p="sm" data-testid="deed-deadlines-panel">
      <WorkflowScopeSwitch value={scope} onChange={setScope} size="xs" />
      {workflow.error && !data && (
        <LoadErrorAlert title="Échéancier indisponible" error={workflow.error} onRetry={workflow.refresh} />
      )}
      {!data && !workflow.error && (
        <Center py="md" role="status" aria-label="Chargement des échéances">
          <Loader size="xs" />
        </Center>
      )}
      {data && groups.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="deed-deadlines-empty">
          {scope === 'mine'
            ? 'Aucune échéance ouverte pour vous ou votre organisation. Les étapes bloquées ou sans date figurent dans l’échéancier complet.'
            : 'Aucune échéance ouverte datée. Les étapes bloquées ou sans date figurent dans l’échéancier complet.'}
        </Text>
      )}
      {groups.map(({ urgency, items }) => (
        <section key={urgency} data-testid={`workflow-group-${urgency}`}>
          <Text className={listClasses.heading} mb={6}>
            {WORKFLOW_URGENCY_LABELS[urgency]} · {items.length}
          </Text>
          <ul className={classes.rows}>
            {items.map((item) => (
              <WorkflowItemRow
                key={item.id}
                item={item}
                titleOf={(id) => titles.get(id)}
                isMarked={isLinkedToDeed(item, access.id)}
                compact
              />
            ))}
          </ul>
        </section>
      ))}
      <Anchor
        component={Link}
        to={buildDealTabPath(access.dealId, 'deadlines')}
        size="sm"
        fw={500}
        data-testid="deed-deadlines-full-link"
      >
        Voir l’échéancier complet{' '}
        <IconArrowRight size={14} aria-hidden="true" style={{ verticalAlign: -2 }} />
      </Anchor>
    </Stack>
  );
}
