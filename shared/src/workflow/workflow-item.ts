import type { OrgKind } from '../orgs';
import type { CalendarDate } from './calendar-date';

/** Statuses people set on a milestone or task. */
export const WORKFLOW_ITEM_STATUSES = [
  'upcoming',
  'in_progress',
  'waiting',
  'done',
  'not_applicable',
] as const;
export type WorkflowItemStatus = (typeof WORKFLOW_ITEM_STATUSES)[number];

/** Statuses shown to people: the set one, or one derived from dates and dependencies. */
export const WORKFLOW_DISPLAY_STATUSES = [...WORKFLOW_ITEM_STATUSES, 'overdue', 'blocked'] as const;
export type WorkflowDisplayStatus = (typeof WORKFLOW_DISPLAY_STATUSES)[number];

export const WORKFLOW_DISPLAY_STATUS_LABELS: Record<WorkflowDisplayStatus, string> = {
  upcoming: 'À venir',
  in_progress: 'En cours',
  waiting: 'En attente de',
  done: 'Fait',
  not_applicable: 'Sans objet',
  overdue: 'En retard',
  blocked: 'Bloqué',
};

/** A shift from a reference date, applied in this order: months, then days, then working days. */
export interface WorkflowOffset {
  months?: number;
  days?: number;
  /** French working days (weekends and public holidays skipped); negative counts backwards. */
  workingDays?: number;
}

/**
 * When an item is due: a fixed day, a shift from another item's due date, or null when the date
 * is still to be set (« date à fixer »).
 */
export type WorkflowDue =
  | { kind: 'absolute'; date: CalendarDate }
  | { kind: 'relative'; to: string; offset: WorkflowOffset }
  | null;

/** A milestone or task of a deal's workflow, as people edit it. */
export interface WorkflowItem {
  id: string;
  title: string;
  description?: string;
  /** Organisation kinds that must act, the leading one first. */
  responsibleParties?: readonly OrgKind[];
  due: WorkflowDue;
  /** A due date on a weekend or public holiday moves to the next working day (CPC art. 642). */
  rollsToWorkingDay?: boolean;
  /** Items that must be done (or not applicable) before this one can start. */
  dependsOn?: readonly string[];
  status: WorkflowItemStatus;
}

/** What {@link computeWorkflowSchedule} adds to each item. */
export interface WorkflowItemSchedule {
  /** The effective due date, after rolling; null while a date in its chain is to be set. */
  dueDate: CalendarDate | null;
  /** The date the offsets produced, before any rolling to a working day. */
  unrolledDueDate: CalendarDate | null;
  /** Why `unrolledDueDate` is not a working day (« samedi », « Toussaint »…), else null. */
  nonWorkingDay: string | null;
  /** True when the rolling rule moved the due date. */
  isRolled: boolean;
  displayStatus: WorkflowDisplayStatus;
  /** Ids of dependencies not yet done nor not applicable. */
  blockedBy: string[];
}

export type ScheduledWorkflowItem<T extends WorkflowItem = WorkflowItem> = T & WorkflowItemSchedule;
