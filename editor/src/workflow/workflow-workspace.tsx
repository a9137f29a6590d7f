import type { Deal, WorkflowItemView } from '@deedroom/shared';
import { Button, Center, EmptyState, Group, Loader, Paper, SegmentedControl, Text } from '@mantine/core';
import { IconCalendarDue, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { LoadErrorAlert } from '../components/load-error-alert';
import { useAuthenticatedSession } from '../session/session-context';
import { SaveWorkflowTemplateButton } from './save-workflow-template-button';
import { useDealWorkflow } from './use-deal-workflow';
import classes from './workflow.module.css';
import { WorkflowGantt } from './workflow-gantt';
import { WorkflowItemDrawer } from './workflow-item-drawer';
import { WorkflowList } from './workflow-list';
import { isInWorkflowScope, WORKFLOW_SCOPE_LABELS, type WorkflowScope } from './workflow-scope';
import { WorkflowScopeSwitch } from './workflow-scope-switch';

type WorkflowView = 'list' | 'timeline';

/** Which item the drawer edits: an existing one, or a new task. */
type Editing = { item: WorkflowItemView | null } | null;

function describeEmptyScope(scope: WorkflowScope): string {
  if (scope === 'mine')
    return 'Aucune étape ne vous est confiée, ni à vous ni à votre organisation sans personne désignée. Choisissez « Tout le monde » pour voir l’échéancier complet.';
  return 'Aucune étape n’est confiée à votre organisation. Choisissez « Tout le monde » pour voir l’échéancier complet.';
}

/**
 * « Échéances » of a deal: its milestones and tasks by urgency or on a timeline, filtered by whose
 * they are; those with `deadline.manage` add, edit and delete them.
 */
export function WorkflowWorkspace({ deal }: { deal: Deal }) {
  const { user } = useAuthenticatedSession();
  const workflow = useDealWorkflow(deal.id);
  const [scope, setScope] = useState<WorkflowScope>('everyone');
  const [view, setView] = useState<WorkflowView>('list');
  const [editing, setEditing] = useState<Editing>(null);
  const data = workflow.data;

  const titles = useMemo(() => new Map((data?.items ?? []).map((item) => [item.id, item.title])), [data]);
  const titleOf = (itemId: string) => titles.get(itemId);
  const shown = (data?.items ?? []).filter((item) => isInWorkflowScope(item, scope, user.orgKind));
  const onOpen = data?.canManage ? (item: WorkflowItemView) => setEditing({ item }) : undefined;

  if (workflow.error && !data)
    return (
      <div data-testid="deadlines-panel">
        <LoadErrorAlert
          title="Impossible d’afficher l’échéancier"
          error={workflow.error}
          onRetry={workflow.refresh}
        />
      </div>
    );
  if (!data)
    return (
      <Paper withBorder p="xl" data-testid="deadlines-panel">
        <Center role="status" aria-label="Chargement de l’échéancier">
          <Loader size="sm" />
        </Center>
      </Paper>
    );

  return (
    <div className={classes.workspace} data-testid="deadlines-panel">
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <WorkflowScopeSwitch value={scope} onChange={setScope} />
          <SegmentedControl
            value={view}
            onChange={(next) => setView(next as WorkflowView)}
            data={[
              { value: 'list', label: 'Liste' },
              { value: 'timeline', label: 'Chronologie' },
            ]}
            aria-label="Présentation"
            data-testid="workflow-view"
          />
          {workflow.isLoading && <Loader size={14} aria-label="Mise à jour de l’échéancier" />}
        </Group>
        <Group gap="sm">
          {data.canSaveTemplate && data.items.length > 0 && <SaveWorkflowTemplateButton dealId={deal.id} />}
          {data.canManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setEditing({ item: null })}
              data-testid="workflow-add"
            >
              Ajouter une tâche
            </Button>
          )}
        </Group>
      </Group>

      {workflow.error && (
        <LoadErrorAlert
          title="L’échéancier n’a pas pu être mis à jour ; les informations affichées datent du dernier chargement."
          error={workflow.error}
          onRetry={workflow.refresh}
        />
      )}

      {data.items.length === 0 ? (
        <EmptyState
          py={48}
          withIndicatorBackground
          icon={<IconCalendarDue size={26} stroke={1.5} aria-hidden="true" />}
          data-testid="workflow-empty"
        >
          <EmptyState.Title order={3}>L’échéancier est vide</EmptyState.Title>
          <EmptyState.Description>
            {data.canManage
              ? 'Ajoutez les étapes du financement (promesse, permis, purge des recours, offre de crédit, signature…) avec leur date, fixe ou calculée à partir d’une autre étape, et la partie responsable.'
              : 'La banque n’a pas encore établi les étapes de ce dossier. Elles apparaîtront ici avec leur date et la partie responsable.'}
          </EmptyState.Description>
        </EmptyState>
      ) : shown.length === 0 ? (
        <Paper withBorder p="lg" data-testid="workflow-empty-scope">
          <Text fw={600} mb={4}>
            Rien pour « {WORKFLOW_SCOPE_LABELS[scope]} »
          </Text>
          <Text size="sm" c="dimmed">
            {describeEmptyScope(scope)}
          </Text>
        </Paper>
      ) : view === 'list' ? (
        <WorkflowList
          items={shown}
          today={data.today}
          titleOf={titleOf}
          movedIds={workflow.movedIds}
          {...(onOpen ? { onOpen } : {})}
        />
      ) : (
        <WorkflowGantt
          items={shown}
          today={data.today}
          movedIds={workflow.movedIds}
          {...(onOpen ? { onOpen } : {})}
        />
      )}

      {editing && (
        <WorkflowItemDrawer
          key={editing.item?.id ?? 'new'}
          workflow={data}
          item={editing.item}
          onClose={() => setEditing(null)}
          onSaved={workflow.show}
          onStale={workflow.refresh}
        />
      )}
    </div>
  );
}
