import type {
  CreateWorkflowItemRequest,
  OrgKind,
  PatchWorkflowItemRequest,
  WorkflowDue,
  WorkflowItemKind,
  WorkflowItemStatus,
  WorkflowItemView,
  WorkflowLinkInput,
  WorkflowLinkKind,
  WorkflowVisibility,
} from '@deedroom/shared';

export type DueMode = 'unset' | 'absolute' | 'relative';

/** What the item drawer edits; numbers stay strings-free (NumberInput gives numbers or ''). */
export interface WorkflowItemFormValues {
  title: string;
  description: string;
  kind: WorkflowItemKind;
  status: WorkflowItemStatus;
  responsibleParties: OrgKind[];
  assigneeId: string | null;
  dueMode: DueMode;
  date: string;
  relativeTo: string | null;
  months: number;
  days: number;
  workingDays: number;
  rollsToWorkingDay: boolean;
  dependsOn: string[];
  visibility: WorkflowVisibility;
  linkKind: WorkflowLinkKind | null;
  linkTargetId: string | null;
}

/** The drawer's starting values: the item's, or a new task for the viewer's organisation. */
export function toWorkflowItemFormValues(
  item: WorkflowItemView | null,
  defaultParty: OrgKind,
): WorkflowItemFormValues {
  const due = item?.due ?? null;
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    kind: item?.kind ?? 'task',
    status: item?.status ?? 'upcoming',
    responsibleParties: item ? [...item.responsibleParties] : [defaultParty],
    assigneeId: item?.assignee?.id ?? null,
    dueMode: due === null ? 'unset' : due.kind,
    date: due?.kind === 'absolute' ? due.date : '',
    relativeTo: due?.kind === 'relative' ? due.to : null,
    months: due?.kind === 'relative' ? (due.offset.months ?? 0) : 0,
    days: due?.kind === 'relative' ? (due.offset.days ?? 0) : 0,
    workingDays: due?.kind === 'relative' ? (due.offset.workingDays ?? 0) : 0,
    rollsToWorkingDay: item?.rollsToWorkingDay ?? false,
    dependsOn: item ? [...item.dependsOn] : [],
    visibility: item?.visibility ?? 'all',
    linkKind: item?.link?.kind ?? null,
    linkTargetId: item?.link?.targetId ?? null,
  };
}

/** What is missing before the form can be sent, by field; empty when it can. */
export function validateWorkflowItemForm(values: WorkflowItemFormValues): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  if (values.title.trim() === '') errors.title = 'Donnez un intitulé à l’étape.';
  if (values.responsibleParties.length === 0) errors.responsibleParties = 'Choisissez au moins une partie.';
  if (values.dueMode === 'absolute' && values.date === '') errors.date = 'Choisissez une date.';
  if (values.dueMode === 'relative' && values.relativeTo === null)
    errors.relativeTo = 'Choisissez l’étape de référence.';
  if (values.linkKind !== null && values.linkTargetId === null)
    errors.linkTargetId = 'Choisissez la cible du lien.';
  return errors;
}

function buildDue(values: WorkflowItemFormValues): WorkflowDue {
  if (values.dueMode === 'absolute') return { kind: 'absolute', date: values.date };
  if (values.dueMode === 'relative' && values.relativeTo !== null) {
    const offset: { months?: number; days?: number; workingDays?: number } = {};
    if (values.months) offset.months = values.months;
    if (values.days) offset.days = values.days;
    if (values.workingDays) offset.workingDays = values.workingDays;
    return { kind: 'relative', to: values.relativeTo, offset };
  }
  return null;
}

function buildLink(values: WorkflowItemFormValues): WorkflowLinkInput | null {
  return values.linkKind !== null && values.linkTargetId !== null
    ? { kind: values.linkKind, targetId: values.linkTargetId }
    : null;
}

/** A new item from the form; visibility is sent only by those allowed to make items internal. */
export function buildCreateWorkflowItemRequest(
  values: WorkflowItemFormValues,
  canUseInternal: boolean,
): CreateWorkflowItemRequest {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    kind: values.kind,
    responsibleParties: values.responsibleParties,
    assigneeId: values.assigneeId,
    due: buildDue(values),
    rollsToWorkingDay: values.rollsToWorkingDay,
    dependsOn: values.dependsOn,
    ...(canUseInternal ? { visibility: values.visibility } : {}),
    link: buildLink(values),
  };
}

/**
 * Only what changed from `item`, so that two people editing different fields of one item do not
 * overwrite each other; empty when nothing changed.
 */
export function buildWorkflowItemPatch(
  values: WorkflowItemFormValues,
  item: WorkflowItemView,
  canUseInternal: boolean,
): PatchWorkflowItemRequest {
  const next: Required<PatchWorkflowItemRequest> = {
    title: values.title.trim(),
    description: values.description.trim(),
    kind: values.kind,
    responsibleParties: values.responsibleParties,
    assigneeId: values.assigneeId,
    due: buildDue(values),
    rollsToWorkingDay: values.rollsToWorkingDay,
    dependsOn: values.dependsOn,
    status: values.status,
    visibility: values.visibility,
    link: buildLink(values),
  };
  const current: Required<PatchWorkflowItemRequest> = {
    title: item.title,
    description: item.description,
    kind: item.kind,
    responsibleParties: item.responsibleParties,
    assigneeId: item.assignee?.id ?? null,
    due: item.due,
    rollsToWorkingDay: item.rollsToWorkingDay,
    dependsOn: item.dependsOn,
    status: item.status,
    visibility: item.visibility,
    link: item.link ? { kind: item.link.kind, targetId: item.link.targetId } : null,
  };
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof PatchWorkflowItemRequest)[]) {
    if (key === 'visibility' && !canUseInternal) continue;
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) patch[key] = next[key];
  }
  return patch as PatchWorkflowItemRequest;
}
