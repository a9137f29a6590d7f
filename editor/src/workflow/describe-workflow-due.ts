import type { WorkflowDue, WorkflowOffset } from '@deedroom/shared';

function describePart(value: number | undefined, singular: string, plural: string): string | null {
  if (!value) return null;
  const sign = value < 0 ? '−' : '+';
  const count = Math.abs(value);
  return `${sign} ${count} ${count === 1 ? singular : plural}`;
}

/**
 * An offset in words, in the order it is applied: « + 2 mois », « − 10 jours ouvrés »,
 * « + 1 mois + 5 jours »; an empty offset is « le même jour ».
 */
export function describeWorkflowOffset(offset: WorkflowOffset): string {
  const parts = [
    describePart(offset.months, 'mois', 'mois'),
    describePart(offset.days, 'jour', 'jours'),
    describePart(offset.workingDays, 'jour ouvré', 'jours ouvrés'),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : 'le même jour';
}

/**
 * The rule behind a relative due date, in words: « Affichage du permis sur site + 2 mois ». Null
 * for a fixed date or one still to set. `titleOf` names the reference item (it may be hidden).
 */
export function describeRelativeDue(
  due: WorkflowDue,
  titleOf: (itemId: string) => string | undefined,
): string | null {
  if (due?.kind !== 'relative') return null;
  const reference = titleOf(due.to) ?? 'une autre étape';
  const offset = describeWorkflowOffset(due.offset);
  return offset === 'le même jour' ? `même jour que ${reference}` : `${reference} ${offset}`;
}
