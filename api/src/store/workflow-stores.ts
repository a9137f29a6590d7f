import type { WorkflowItemStatus } from '@deedroom/shared';
import type {
  NotificationRecord,
  NotificationSettingsRecord,
  ReminderKey,
  WorkflowItemEventRecord,
  WorkflowItemRecord,
  WorkflowTemplateItemRecord,
} from './workflow-records';

export type WorkflowItemPatch = Partial<
  Omit<WorkflowItemRecord, 'id' | 'dealId' | 'position' | 'createdBy' | 'createdAt'>
> & { updatedAt: string };

export interface WorkflowStore {
  /**
   * Creates the deal's workflow once: false (and nothing written) when it already has one, so
   * that two first reads racing cannot create it twice.
   */
  initialise(dealId: string, items: WorkflowItemRecord[], at: string): Promise<boolean>;
  /** Every deal that has a workflow (for the reminder runs). */
  listDealIds(): Promise<string[]>;
  /** The deals among `dealIds` whose workflow was never created. */
  listUninitialised(dealIds: string[]): Promise<string[]>;
  findItem(id: string): Promise<WorkflowItemRecord | undefined>;
  /** Items of the deals, in position order within each deal. */
  listItems(dealIds: string[]): Promise<WorkflowItemRecord[]>;
  /**
   * Each deal's items, in position order, as frozen arrays: a deal whose workflow did not change
   * since the last read answers the very same array and records (from memory; callers copy, never
   * mutate), so what is computed from it can be cached by identity. Always current: the deal's
   * revision is read from the database on every call.
   */
  listItemsByDeal(dealIds: string[]): Promise<Map<string, readonly WorkflowItemRecord[]>>;
  /** Open items linked to what an event concerns (a deed, a vault request, a signature). */
  listOpenItemsLinkedTo(targetId: string): Promise<WorkflowItemRecord[]>;
  nextPosition(dealId: string): Promise<number>;
  createItem(item: WorkflowItemRecord, event: WorkflowItemEventRecord): Promise<void>;
  /** Changes an item and records why, in one transaction. */
  updateItem(id: string, patch: WorkflowItemPatch, event: WorkflowItemEventRecord): Promise<void>;
  /**
   * Sets the status of an item still in `expected` (so that a concurrent change by a person is
   * not overwritten), with its event; false when the item had moved on.
   */
  closeItem(
    id: string,
    expected: readonly WorkflowItemStatus[],
    at: string,
    event: WorkflowItemEventRecord,
  ): Promise<boolean>;
  deleteItem(id: string): Promise<void>;
  /** Oldest first. */
  listEvents(itemId: string): Promise<WorkflowItemEventRecord[]>;
  findTemplate(orgId: string): Promise<WorkflowTemplateItemRecord[] | undefined>;
  saveTemplate(orgId: string, items: WorkflowTemplateItemRecord[], by: string, at: string): Promise<void>;
}

export interface NotificationStore {
  createMany(notifications: NotificationRecord[]): Promise<void>;
  /** Newest first. */
  listForUser(userId: string, limit: number): Promise<NotificationRecord[]>;
  countUnread(userId: string): Promise<number>;
  /** Marks the user's notifications read: those named, or all of them. */
  markRead(userId: string, ids: readonly string[] | undefined, at: string): Promise<void>;
  findSettings(userId: string): Promise<NotificationSettingsRecord | undefined>;
  listSettings(userIds: string[]): Promise<NotificationSettingsRecord[]>;
  putSettings(settings: NotificationSettingsRecord): Promise<void>;
  /** Records the reminders not given yet and returns them; those already given are left out. */
  claimReminders(keys: ReminderKey[], at: string): Promise<ReminderKey[]>;
  markReminderEmailed(keys: ReminderKey[], at: string): Promise<void>;
  /** Reminders given but not e-mailed yet, of the users named. */
  listUnemailedReminders(userIds: string[]): Promise<ReminderKey[]>;
  /** True once per user and day: whoever claims it sends that day's digest. */
  claimDigest(userId: string, day: string, at: string): Promise<boolean>;
  /** Gives back a claimed digest that could not be sent, so the next run tries again. */
  releaseDigest(userId: string, day: string): Promise<void>;
}

export interface CalendarFeedStore {
  findUserByTokenHash(tokenHash: string): Promise<string | undefined>;
  find(userId: string): Promise<{ createdAt: string } | undefined>;
  /** Replaces the user's secret: the previous feed URL stops working. */
  put(userId: string, tokenHash: string, at: string): Promise<void>;
  delete(userId: string): Promise<boolean>;
}
