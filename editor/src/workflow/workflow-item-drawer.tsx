import {
  type DealWorkflow,
  ORG_KIND_LABELS,
  ORG_KINDS,
  type OrgKind,
  WORKFLOW_DISPLAY_STATUS_LABELS,
  WORKFLOW_ITEM_STATUSES,
  WORKFLOW_LINK_LABELS,
  type WorkflowItemKind,
  type WorkflowItemStatus,
  type WorkflowItemView,
  type WorkflowLinkKind,
} from '@deedroom/shared';
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Drawer,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { createWorkflowItem, deleteWorkflowItem, updateWorkflowItem } from '../api/workflow-api';
import { FormErrorAlert } from '../components/form-error-alert';
import { useApiMutation } from '../hooks/use-api-mutation';
import { useAuthenticatedSession } from '../session/session-context';
import { describeWorkflowOffset } from './describe-workflow-due';
import { describeWorkflowError } from './describe-workflow-error';
import { formatCalendarDateFrench } from './format-calendar-date';
import { useWorkflowPickers } from './use-workflow-pickers';
import classes from './workflow-item-drawer.module.css';
import {
  buildCreateWorkflowItemRequest,
  buildWorkflowItemPatch,
  type DueMode,
  toWorkflowItemFormValues,
  validateWorkflowItemForm,
  type WorkflowItemFormValues,
} from './workflow-item-form-values';
import { WorkflowItemHistory } from './workflow-item-history';

interface WorkflowItemDrawerProps {
  workflow: DealWorkflow;
  /** Null to add a new task. */
  item: WorkflowItemView | null;
  onClose: () => void;
  /** The recomputed workflow a change answered. */
  onSaved: (workflow: DealWorkflow) => void;
  /** The item vanished meanwhile: read the workflow again. */
  onStale: () => void;
}

const DEED_LINKS: WorkflowLinkKind[] = ['deed_approved', 'deed_locked'];

/** The chosen day in words (the native date input follows the browser's language, not the page's). */
function describeDateInput(date: string): string | undefined {
  try {
    return date ? formatCalendarDateFrench(date) : undefined;
  } catch {
    return undefined;
  }
}

/** Edits one milestone or task (roles with `deadline.manage`), with its history; or adds one. */
export function WorkflowItemDrawer({ workflow, item, onClose, onSaved, onStale }: WorkflowItemDrawerProps) {
  const { csrfToken, user } = useAuthenticatedSession();
  const [values, setValues] = useState<WorkflowItemFormValues>(() =>
    toWorkflowItemFormValues(item, user.orgKind),
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const pickers = useWorkflowPickers(workflow.dealId);
  const save = useApiMutation(async (): Promise<DealWorkflow | null> => {
    if (!item) {
      return createWorkflowItem(
        workflow.dealId,
        buildCreateWorkflowItemRequest(values, workflow.canUseInternal),
        csrfToken,
      );
    }
    const patch = buildWorkflowItemPatch(values, item, workflow.canUseInternal);
    return Object.keys(patch).length === 0 ? null : updateWorkflowItem(item.id, patch, csrfToken);
  });
  const remove = useApiMutation((itemId: string) => deleteWorkflowItem(itemId, csrfToken));
  const failure = save.error ?? remove.error;

  const set = <K extends keyof WorkflowItemFormValues>(key: K, value: WorkflowItemFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateWorkflowItemForm(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const outcome = await save.run();
    if (outcome.ok) {
      if (outcome.data) onSaved(outcome.data);
      onClose();
    } else if (outcome.error.code === 'NOT_FOUND') onStale();
  };

  const confirmDelete = async () => {
    if (!item) return;
    const outcome = await remove.run(item.id);
    if (outcome.ok) {
      onSaved(outcome.data);
      onClose();
    } else if (outcome.error.code === 'NOT_FOUND') onStale();
  };

  const others = workflow.items.filter((other) => other.id !== item?.id);
  const otherOptions = others.map((other) => ({ value: other.id, label: other.title }));
  const staffByOrg = new Map<string, { value: string; label: string }[]>();
  for (const member of pickers?.staff ?? []) {
    const group = staffByOrg.get(member.orgName) ?? [];
    group.push({ value: member.userId, label: member.name });
    staffByOrg.set(member.orgName, group);
  }
  // Someone assigned but no longer staffed stays selectable under their own name.
  if (item?.assignee && !(pickers?.staff ?? []).some((member) => member.userId === item.assignee?.id)) {
    staffByOrg.set(item.assignee.orgName, [
      ...(staffByOrg.get(item.assignee.orgName) ?? []),
      { value: item.assignee.id, label: item.assignee.name },
    ]);
  }
  const linkKinds: WorkflowLinkKind[] = [
    'deed_approved',
    'deed_locked',
    'vault_request_accepted',
    'signature_completed',
  ];
  const linkTargets =
    values.linkKind === null
      ? []
      : DEED_LINKS.includes(values.linkKind)
        ? (pickers?.deeds ?? []).map((deed) => ({ value: deed.id, label: deed.title }))
        : values.linkKind === 'vault_request_accepted'
          ? (pickers?.vaultRequests ?? [])
          : (pickers?.signatureRequests ?? []);
  if (
    item?.link &&
    values.linkKind === item.link.kind &&
    !linkTargets.some((target) => target.value === item.link?.targetId)
  ) {
    linkTargets.push({ value: item.link.targetId, label: item.link.label });
  }

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={520}
      title={
        <Text fw={650} size="lg">
          {item ? 'Modifier l’étape' : 'Ajouter une tâche'}
        </Text>
      }
      data-testid="workflow-item-drawer"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Intitulé"
            required
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
            data-testid="workflow-edit-title"
            data-autofocus
          />
          <Group grow align="flex-start">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Nature
              </Text>
              <SegmentedControl
                size="xs"
                value={values.kind}
                onChange={(value) => set('kind', value as WorkflowItemKind)}
                data={[
                  { value: 'task', label: 'Tâche' },
                  { value: 'milestone', label: 'Jalon' },
                ]}
                data-testid="workflow-edit-kind"
              />
            </Stack>
            {item && (
              <Select
                label="Statut"
                value={values.status}
                onChange={(value) => value && set('status', value as WorkflowItemStatus)}
                data={WORKFLOW_ITEM_STATUSES.map((status) => ({
                  value: status,
                  label: WORKFLOW_DISPLAY_STATUS_LABELS[status],
                }))}
                allowDeselect={false}
                data-testid="workflow-edit-status"
              />
            )}
          </Group>

          <Stack gap={6} className={classes.dueBox}>
            <Text size="sm" fw={500}>
              Échéance
            </Text>
            <SegmentedControl
              size="xs"
              value={values.dueMode}
              onChange={(value) => set('dueMode', value as DueMode)}
              data={[
                { value: 'unset', label: 'À fixer' },
                { value: 'absolute', label: 'Date fixe' },
                { value: 'relative', label: 'Relative à une étape' },
              ]}
              data-testid="workflow-edit-due-mode"
            />
            {values.dueMode === 'absolute' && (
              <TextInput
                type="date"
                label="Date"
                value={values.date}
                onChange={(event) => set('date', event.currentTarget.value)}
                description={describeDateInput(values.date)}
                error={errors.date}
                data-testid="workflow-edit-due"
              />
            )}
            {values.dueMode === 'relative' && (
              <>
                <Select
                  label="À compter de l’échéance de"
                  placeholder="Choisissez une étape"
                  searchable
                  value={values.relativeTo}
                  onChange={(value) => set('relativeTo', value)}
                  data={otherOptions}
                  error={errors.relativeTo}
                  data-testid="workflow-edit-relative-to"
                />
                <Group grow>
                  <NumberInput
                    label="Mois"
                    value={values.months}
                    onChange={(value) => set('months', Number(value) || 0)}
                    allowDecimal={false}
                    data-testid="workflow-edit-months"
                  />
                  <NumberInput
                    label="Jours"
                    value={values.days}
                    onChange={(value) => set('days', Number(value) || 0)}
                    allowDecimal={false}
                    data-testid="workflow-edit-days"
                  />
                  <NumberInput
                    label="Jours ouvrés"
                    value={values.workingDays}
                    onChange={(value) => set('workingDays', Number(value) || 0)}
                    allowDecimal={false}
                    data-testid="workflow-edit-working-days"
                  />
                </Group>
                <Text size="xs" c="dimmed">
                  Décalage : {describeWorkflowOffset(values)} (mois, puis jours, puis jours ouvrés ; négatif
                  pour avant).
                </Text>
              </>
            )}
            {values.dueMode !== 'unset' && (
              <Checkbox
                label="Reporter au jour ouvré suivant (week-end ou jour férié)"
                checked={values.rollsToWorkingDay}
                onChange={(event) => set('rollsToWorkingDay', event.currentTarget.checked)}
                data-testid="workflow-edit-rolls"
              />
            )}
          </Stack>

          <Checkbox.Group
            label="Parties responsables"
            description="La première cochée mène l’étape."
            value={values.responsibleParties}
            onChange={(value) =>
              set('responsibleParties', ORG_KINDS.filter((kind) => value.includes(kind)) satisfies OrgKind[])
            }
            error={errors.responsibleParties}
            data-testid="workflow-edit-parties"
          >
            <Group gap="lg" mt={6}>
              {ORG_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={ORG_KIND_LABELS[kind]} />
              ))}
            </Group>
          </Checkbox.Group>

          <Select
            label="Personne en charge"
            placeholder={pickers ? 'Aucune : toute l’organisation responsable' : 'Chargement…'}
            clearable
            searchable
            value={values.assigneeId}
            onChange={(value) => set('assigneeId', value)}
            data={[...staffByOrg].map(([group, items]) => ({ group, items }))}
            nothingFoundMessage="Personne de ce nom n’intervient sur le dossier"
            data-testid="workflow-edit-assignee"
          />

          <MultiSelect
            label="Dépend de"
            description="L’étape est « bloquée » tant que celles-ci ne sont pas faites."
            placeholder={values.dependsOn.length === 0 ? 'Aucune étape préalable' : undefined}
            searchable
            clearable
            value={values.dependsOn}
            onChange={(value) => set('dependsOn', value)}
            data={otherOptions}
            data-testid="workflow-edit-depends-on"
          />

          <Group grow align="flex-start">
            <Select
              label="Se termine seule quand"
              placeholder="Jamais : à cocher à la main"
              clearable
              value={values.linkKind}
              onChange={(value) => {
                set('linkKind', value as WorkflowLinkKind | null);
                set('linkTargetId', null);
              }}
              data={linkKinds.map((kind) => ({ value: kind, label: WORKFLOW_LINK_LABELS[kind] }))}
              data-testid="workflow-edit-link-kind"
            />
            {values.linkKind !== null && (
              <Select
                label={
                  values.linkKind === 'vault_request_accepted'
                    ? 'Pièce demandée'
                    : values.linkKind === 'signature_completed'
                      ? 'Demande de signature'
                      : 'Acte'
                }
                placeholder={linkTargets.length === 0 ? 'Aucun élément disponible' : 'Choisissez'}
                searchable
                value={values.linkTargetId}
                onChange={(value) => set('linkTargetId', value)}
                data={linkTargets}
                error={errors.linkTargetId}
                data-testid="workflow-edit-link-target"
              />
            )}
          </Group>

          {workflow.canUseInternal && (
            <Checkbox
              label="Interne à la banque (invisible du promoteur et du notaire)"
              checked={values.visibility === 'internal'}
              onChange={(event) => set('visibility', event.currentTarget.checked ? 'internal' : 'all')}
              data-testid="workflow-edit-internal"
            />
          )}

          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            data-testid="workflow-edit-description"
          />

          <FormErrorAlert message={failure ? describeWorkflowError(failure) : null} testId="workflow-error" />

          <Group justify="space-between">
            {item ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden="true" />}
                onClick={() => setIsConfirmingDelete(true)}
                data-testid="workflow-delete"
              >
                Supprimer
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Annuler
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="workflow-save">
                {item ? 'Enregistrer' : 'Ajouter'}
              </Button>
            </Group>
          </Group>

          {isConfirmingDelete && item && (
            <Alert
              color="red"
              variant="light"
              title="Supprimer cette étape ?"
              data-testid="workflow-delete-confirm"
            >
              <Text size="sm" mb="sm">
                « {item.title} » disparaîtra de l’échéancier de toutes les parties. Les étapes qui en
                dépendent ou dont la date en découle devront être revues.
              </Text>
              <Group gap="sm">
                <Button
                  color="red"
                  size="xs"
                  loading={remove.isPending}
                  onClick={confirmDelete}
                  data-testid="workflow-delete-confirm-button"
                >
                  Supprimer définitivement
                </Button>
                <Button variant="default" size="xs" onClick={() => setIsConfirmingDelete(false)}>
                  Garder
                </Button>
              </Group>
            </Alert>
          )}
        </Stack>
      </form>

      {item && (
        <>
          <Divider my="lg" label="Historique" labelPosition="left" />
          <WorkflowItemHistory itemId={item.id} version={item.updatedAt} />
        </>
      )}
    </Drawer>
  );
}
