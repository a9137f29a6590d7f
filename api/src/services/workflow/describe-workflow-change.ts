import {
  type OrgKind,
  WORKFLOW_DISPLAY_STATUS_LABELS,
  WORKFLOW_LINK_LABELS,
  type WorkflowDue,
} from '@deedroom/shared';
import { formatFrenchDate } from '../../mail/format-french-date';
import type { WorkflowItemRecord } from '../../store/workflow-records';

const PARTY_LABELS: Record<OrgKind, string> = { bank: 'banque', developer: 'promoteur', notary: 'notaire' };

function plural(count: number, one: string, many: string): string {
  return `${count} ${Math.abs(count) > 1 ? many : one}`;
}

/** « 15/01/2027 », « affichage + 2 mois », « à fixer ». */
export function describeDue(due: WorkflowDue, titles: ReadonlyMap<string, string>): string {
  if (due === null) return 'à fixer';
  if (due.kind === 'absolute') return formatFrenchDate(due.date);
  const parts: string[] = [];
  const { months, days, workingDays } = due.offset;
  if (months) parts.push(plural(months, 'mois', 'mois'));
  if (days) parts.push(plural(days, 'jour', 'jours'));
  if (workingDays) parts.push(plural(workingDays, 'jour ouvré', 'jours ouvrés'));
  const reference = `« ${titles.get(due.to) ?? 'étape supprimée'} »`;
  return parts.length === 0 ? `même date que ${reference}` : `${reference} + ${parts.join(' + ')}`;
}

/** One line per changed field, in French, for the item's history (« Statut : À venir → Fait »). */
export function describeWorkflowChange(
  before: WorkflowItemRecord,
  after: WorkflowItemRecord,
  titles: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(`Intitulé : « ${before.title} » → « ${after.title} »`);
  if (before.status !== after.status) {
    lines.push(
      `Statut : ${WORKFLOW_DISPLAY_STATUS_LABELS[before.status]} → ${WORKFLOW_DISPLAY_STATUS_LABELS[after.status]}`,
    );
  }
  const dueBefore = describeDue(before.due, titles);
  const dueAfter = describeDue(after.due, titles);
  if (dueBefore !== dueAfter) lines.push(`Échéance : ${dueBefore} → ${dueAfter}`);
  if (before.rollsToWorkingDay !== after.rollsToWorkingDay) {
    lines.push(after.rollsToWorkingDay ? 'Reportée au jour ouvré suivant' : 'Plus de report au jour ouvré');
  }
  if (before.responsibleParties.join() !== after.responsibleParties.join()) {
    lines.push(`Responsable : ${after.responsibleParties.map((p) => PARTY_LABELS[p]).join(', ')}`);
  }
  if (before.assigneeId !== after.assigneeId) lines.push('Personne désignée modifiée');
  if (before.dependsOn.join() !== after.dependsOn.join()) {
    const names = after.dependsOn.map((id) => `« ${titles.get(id) ?? id} »`);
    lines.push(names.length === 0 ? 'Plus de dépendance' : `Dépend de : ${names.join(', ')}`);
  }
  if (before.visibility !== after.visibility) {
    lines.push(
      after.visibility === 'internal' ? 'Rendue interne à la banque' : 'Rendue visible de toutes les parties',
    );
  }
  if (before.link?.kind !== after.link?.kind || before.link?.targetId !== after.link?.targetId) {
    lines.push(after.link ? `Liée : ${WORKFLOW_LINK_LABELS[after.link.kind]}` : 'Plus de lien');
  }
  if (before.description !== after.description) lines.push('Description modifiée');
  if (before.kind !== after.kind)
    lines.push(after.kind === 'milestone' ? 'Devenue un jalon' : 'Devenue une tâche');
  return lines.join(' · ');
}
