import { addCalendarDays } from './add-calendar-days';
import type { CalendarDate } from './calendar-date';
import type { WorkflowDisplayStatus } from './workflow-item';

/** The groups of the deadline panel and of « Mes actions », most urgent first. */
export const WORKFLOW_URGENCIES = ['overdue', 'this_week', 'later', 'blocked', 'undated', 'settled'] as const;
export type WorkflowUrgency = (typeof WORKFLOW_URGENCIES)[number];

export const WORKFLOW_URGENCY_LABELS: Record<WorkflowUrgency, string> = {
  overdue: 'En retard',
  this_week: 'Dans les 7 jours',
  later: 'Prochainement',
  blocked: 'Bloqué par une étape précédente',
  undated: 'Date à fixer',
  settled: 'Terminé ou sans objet',
};

/** Days ahead counted as « this week » (today included). */
const WEEK_DAYS = 7;

/**
 * Which group an item falls in on `today`: a missed deadline first, then what is due within the
 * week, then later dates; an item waiting on another step is « blocked » unless already overdue.
 */
export function classifyWorkflowUrgency(
  item: { displayStatus: WorkflowDisplayStatus; dueDate: CalendarDate | null },
  today: CalendarDate,
): WorkflowUrgency {
  if (item.displayStatus === 'done' || item.displayStatus === 'not_applicable') return 'settled';
  if (item.displayStatus === 'overdue') return 'overdue';
  if (item.displayStatus === 'blocked') return 'blocked';
  if (item.dueDate === null) return 'undated';
  return item.dueDate < addCalendarDays(today, WEEK_DAYS) ? 'this_week' : 'later';
}

/**
 * Orders items by urgency group, then by due date (earliest first), then by title: the order of
 * « Mes actions ». Pass the `today` the statuses were computed for.
 */
export function compareWorkflowUrgency<
  T extends { displayStatus: WorkflowDisplayStatus; dueDate: CalendarDate | null; title: string },
>(today: CalendarDate): (a: T, b: T) => number {
  return (a, b) => {
    const rank =
      WORKFLOW_URGENCIES.indexOf(classifyWorkflowUrgency(a, today)) -
      WORKFLOW_URGENCIES.indexOf(classifyWorkflowUrgency(b, today));
    if (rank !== 0) return rank;
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.title.localeCompare(b.title, 'fr');
  };
}
