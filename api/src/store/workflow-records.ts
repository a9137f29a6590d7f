import type {
  EmailReminderMode,
  NotificationKind,
  OrgKind,
  WorkflowDue,
  WorkflowEventKind,
  WorkflowItemKind,
  WorkflowItemStatus,
  WorkflowLinkInput,
  WorkflowVisibility,
} from '@deedroom/shared';

/** A milestone or task of a deal; its due date may be relative to another item's. */
export interface WorkflowItemRecord {
  id: string;
  dealId: string;
  title: string;
  description: string;
  kind: WorkflowItemKind;
  responsibleParties: OrgKind[];
  assigneeId: string | null;
  due: WorkflowDue;
  rollsToWorkingDay: boolean;
  dependsOn: string[];
  status: WorkflowItemStatus;
  visibility: WorkflowVisibility;
  link: WorkflowLinkInput | null;
  /** Order of creation within the deal (the template's order first). */
  position: number;
  completedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowItemEventRecord {
  id: string;
  itemId: string;
  dealId: string;
  at: string;
  /** Null when the platform acted by itself (a linked event closed the item). */
  actorId: string | null;
  kind: WorkflowEventKind;
  summary: string;
}

/**
 * An item of a bank's template: `key` names it within the template, and dependencies and
 * relative dates refer to other items by key.
 */
export interface WorkflowTemplateItemRecord {
  key: string;
  title: string;
  description: string;
  kind: WorkflowItemKind;
  responsibleParties: OrgKind[];
  due: WorkflowDue;
  rollsToWorkingDay: boolean;
  dependsOn: string[];
  visibility: WorkflowVisibility;
}

export interface NotificationRecord {
  id: string;
  userId: string;
  dealId: string;
  itemId: string | null;
  kind: NotificationKind;
  message: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationSettingsRecord {
  userId: string;
  emailReminders: EmailReminderMode;
  remindDaysBefore: number;
  updatedAt: string;
}

/** A reminder given once: an item, a person, why, and the due date it was about. */
export interface ReminderKey {
  itemId: string;
  userId: string;
  kind: 'due_soon' | 'overdue';
  dueDate: string;
}
