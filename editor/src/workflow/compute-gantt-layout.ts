import {
  addCalendarMonths,
  type CalendarDate,
  parseCalendarDate,
  type WorkflowItemView,
} from '@deedroom/shared';

const DAY_MS = 86_400_000;

export interface GanttMonth {
  /** First day of the month. */
  start: CalendarDate;
  /** Days from the timeline's start to the month's first day. */
  offsetDays: number;
  days: number;
}

export interface GanttRow {
  item: WorkflowItemView;
  /** Days from the timeline's start to the due date. */
  dueDay: number;
  /** Where the bar starts (latest due date of its dated dependencies), null for no bar. */
  barStartDay: number | null;
  isMilestone: boolean;
}

export interface GanttLayout {
  /** First day of the first month shown. */
  start: CalendarDate;
  totalDays: number;
  months: GanttMonth[];
  rows: GanttRow[];
  todayDay: number;
  /** Items without a due date: listed under « Date à fixer ». */
  undated: WorkflowItemView[];
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((parseCalendarDate(to).getTime() - parseCalendarDate(from).getTime()) / DAY_MS);
}

function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * Places the dated items on a month timeline that spans today and every due date, whole months
 * only: one row per dated item (in the given order), a diamond for milestones, and for a task
 * with dated dependencies a bar from the latest of their due dates to its own.
 */
export function computeGanttLayout(items: readonly WorkflowItemView[], today: CalendarDate): GanttLayout {
  const dueById = new Map(items.map((item) => [item.id, item.dueDate]));
  const dated = items.filter(
    (item): item is WorkflowItemView & { dueDate: CalendarDate } => item.dueDate !== null,
  );
  const dates = [today, ...dated.map((item) => item.dueDate)].sort();
  const start = firstOfMonth(dates[0] ?? today);
  const end = addCalendarMonths(firstOfMonth(dates[dates.length - 1] ?? today), 1);

  const months: GanttMonth[] = [];
  for (let month = start; month < end; month = addCalendarMonths(month, 1)) {
    const next = addCalendarMonths(month, 1);
    months.push({ start: month, offsetDays: daysBetween(start, month), days: daysBetween(month, next) });
  }

  const rows = dated.map((item): GanttRow => {
    const dueDay = daysBetween(start, item.dueDate);
    const dependencyDates = item.dependsOn
      .map((id) => dueById.get(id) ?? null)
      .filter((date): date is CalendarDate => date !== null)
      .sort();
    const latest = dependencyDates[dependencyDates.length - 1];
    const isMilestone = item.kind === 'milestone';
    const barStartDay =
      !isMilestone && latest !== undefined && latest < item.dueDate ? daysBetween(start, latest) : null;
    return { item, dueDay, barStartDay, isMilestone };
  });

  return {
    start,
    totalDays: daysBetween(start, end),
    months,
    rows,
    todayDay: daysBetween(start, today),
    undated: items.filter((item) => item.dueDate === null),
  };
}
