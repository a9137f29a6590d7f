import { addCalendarDays, type CalendarDate, toParisCalendarDate } from '@deedroom/shared';
import { createId } from '../../create-id';
import type { WorkflowItemRecord } from '../../store/workflow-records';
import type { ServiceDeps } from '../deps';
import { instantiateWorkflowTemplate } from '../workflow/instantiate-workflow-template';
import { readDefaultTemplate } from '../workflow/read-default-template';

type Edit = Partial<Pick<WorkflowItemRecord, 'status' | 'due' | 'rollsToWorkingDay' | 'link'>>;

/**
 * A demo deal's workflow, dated around the day the demo is seeded so that it always shows
 * something done, something late, this week's work and the dates that follow: the signing at the
 * notary's sets the dates of the conditions to lift before it and of the works after it.
 */
export async function seedDemoWorkflow(
  deps: ServiceDeps,
  dealId: string,
  links: { gfaDeedId: string | undefined; insuranceRequestId: string | undefined },
): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = toParisCalendarDate(now);
  const on = (days: number): { kind: 'absolute'; date: CalendarDate } => ({
    kind: 'absolute',
    date: addCalendarDays(today, days),
  });
  const template = readDefaultTemplate();
  const items = instantiateWorkflowTemplate(template, dealId, at);
  const idOf = new Map(template.map((t, index) => [t.key, items[index]?.id ?? '']));
  const signing = idOf.get('signature_notaire') ?? '';
  const edits: Record<string, Edit> = {
    promesse_vente: { status: 'done', due: on(-120) },
    permis_construire: { status: 'done', due: on(-60) },
    affichage_permis: { status: 'done', due: on(-40) },
    pre_commercialisation: { status: 'in_progress', due: on(12) },
    offre_credit: {
      due: on(30),
      ...(links.gfaDeedId && { link: { kind: 'deed_locked', targetId: links.gfaDeedId } }),
    },
    levee_conditions: { due: { kind: 'relative', to: signing, offset: { workingDays: -10 } } },
    signature_notaire: { due: on(75), rollsToWorkingDay: true },
    droc: { due: { kind: 'relative', to: signing, offset: { months: 1 } }, rollsToWorkingDay: true },
    signature_vefa: { due: { kind: 'relative', to: signing, offset: { days: 21 } }, rollsToWorkingDay: true },
  };
  const edited = items.map((item, index) => {
    const edit = edits[template[index]?.key ?? ''];
    if (!edit) return item;
    const status = edit.status ?? item.status;
    return { ...item, ...edit, completedAt: status === 'done' ? at : null };
  });
  const task = (
    fields: Partial<WorkflowItemRecord> & Pick<WorkflowItemRecord, 'title'>,
  ): WorkflowItemRecord => ({
    ...(items[0] as WorkflowItemRecord),
    id: createId(),
    description: '',
    kind: 'task',
    responsibleParties: ['developer'],
    due: null,
    rollsToWorkingDay: false,
    dependsOn: [],
    status: 'upcoming',
    visibility: 'all',
    link: null,
    completedAt: null,
    position: edited.length,
    ...fields,
  });
  edited.push(
    task({
      title: 'Fournir les attestations d’assurance (DO, CNR)',
      description: 'Attestations de l’assurance dommages-ouvrage et constructeur non réalisateur.',
      due: on(-3),
      link: links.insuranceRequestId
        ? { kind: 'vault_request_accepted', targetId: links.insuranceRequestId }
        : null,
    }),
    task({
      title: 'Présentation du dossier au comité de crédit',
      description: 'Note de crédit et bilan promoteur actualisé.',
      responsibleParties: ['bank'],
      visibility: 'internal',
      due: on(5),
      position: edited.length + 1,
    }),
  );
  await deps.stores.workflow.initialise(dealId, edited, at);
}
