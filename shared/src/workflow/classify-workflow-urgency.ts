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
  return classifyBefore(item, addCalendarDays(today, WEEK_DAYS));
}

function classifyBefore(
  item: { displayStatus: WorkflowDisplayStatus; dueDate: CalendarDate | null },
  weekEnd: CalendarDate,
): WorkflowUrgency {
  if (item.displayStatus === 'done' || item.displayStatus === 'not_applicable') return 'settled';
  if (item.displayStatus === 'overdue') return 'overdue';
  if (item.displayStatus === 'blocked') return 'blocked';
  if (item.dueDate === null) return 'undated';
  return item.dueDate < weekEnd ? 'this_week' : 'later';
}

const TITLE_ORDER = new Intl.Collator('fr');

/** Earliest due date first, undated last, then by title. */
function compareDueThenTitle(
  a: { dueDate: CalendarDate | null; title: string },
  b: { dueDate: CalendarDate | null; title: string },
): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return TITLE_ORDER.compare(a.title, b.title);
}

/**
 * Orders items by urgency group, then by due date (earliest first), then by title: the order of
 * « Mes actions ». Pass the `today` the statuses were computed for.
 */
export function compareWorkflowUrgency<
  T extends { displayStatus: WorkflowDisplayStatus; dueDate: CalendarDate | null; title: string },
>(today: CalendarDate): (a: T, b: T) => number {
  const weekEnd = addCalendarDays(today, WEEK_DAYS);
  return (a, b) =>
    WORKFLOW_URGENCIES.indexOf(classifyBefore(a, weekEnd)) -
      WORKFLOW_URGENCIES.indexOf(classifyBefore(b, weekEnd)) || compareDueThenTitle(a, b);
}

/**
 * Items with their urgency group, most urgent first (the order of {@link compareWorkflowUrgency}),
 * each item classified once: for thousands of items (« Mes actions » across 200 deals).
 */
export function orderByWorkflowUrgency<
  T extends { displayStatus: WorkflowDisplayStatus; dueDate: CalendarDate | null; title: string },
>(items: readonly T[], today: CalendarDate): Array<{ item: T; urgency: WorkflowUrgency }> {
  const weekEnd = addCalendarDays(today, WEEK_DAYS);
  const decorated = items.map((item) => {
    const urgency = classifyBefore(item, weekEnd);
    return { item, urgency, rank: WORKFLOW_URGENCIES.indexOf(urgency) };
  });
  decorated.sort((a, b) => a.rank - b.rank || compareDueThenTitle(a.item, b.item));
  return decorated.map(({ item, urgency }) => ({ item, urgency }));
}
