import { z } from 'zod';
import { LIMITS } from '../limits';
import { ORG_KINDS } from '../orgs';
import { parseCalendarDate } from '../workflow/calendar-date';
import { WORKFLOW_DISPLAY_STATUSES, WORKFLOW_ITEM_STATUSES } from '../workflow/workflow-item';
import { IdSchema } from './common';
import { PersonRefSchema } from './versions';

/*
 * The deal workflow and deadlines HTTP API (issue 6). Every deal-scoped route goes through the
 * deal's wall (404 behind it); bank-internal items answer 404 to other organisations.
 *
 *   GET    /api/deals/{dealId}/workflow                 → DealWorkflow
 *   POST   /api/deals/{dealId}/workflow/items           CreateWorkflowItemRequest → DealWorkflow
 *   PATCH  /api/workflow/items/{itemId}                 PatchWorkflowItemRequest → DealWorkflow
 *   DELETE /api/workflow/items/{itemId}                 → DealWorkflow
 *   GET    /api/workflow/items/{itemId}/history         → WorkflowItemHistory
 *   PUT    /api/deals/{dealId}/workflow/template        → WorkflowTemplateSaved (bank managers:
 *          the deal's workflow becomes the template of their bank's new deals)
 *   GET    /api/me/actions                              → MyActions
 *   GET    /api/me/notifications                        → NotificationList
 *   POST   /api/me/notifications/read                   MarkNotificationsReadRequest → NotificationList
 *   GET    /api/me/notification-settings                → NotificationSettings
 *   PUT    /api/me/notification-settings                NotificationSettings → NotificationSettings
 *   GET    /api/me/calendar-feed                        → CalendarFeedStatus
 *   POST   /api/me/calendar-feed                        → CalendarFeedCreated (a new secret; the old one stops working)
 *   DELETE /api/me/calendar-feed                        → CalendarFeedStatus (revoked)
 *   GET    /api/calendar/{token}                        text/calendar, no session; 404 once revoked
 *
 * Changes answer the whole recomputed workflow: moving one date shifts those relative to it.
 */

function isExistingDay(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

export const CalendarDateSchema = z.string().refine(isExistingDay, 'date attendue au format AAAA-MM-JJ');

export const WorkflowOffsetSchema = z
  .object({
    months: z
      .number()
      .int()
      .min(-LIMITS.workflowMaxOffsetMonths)
      .max(LIMITS.workflowMaxOffsetMonths)
      .optional(),
    days: z.number().int().min(-LIMITS.workflowMaxOffsetDays).max(LIMITS.workflowMaxOffsetDays).optional(),
    workingDays: z
      .number()
      .int()
      .min(-LIMITS.workflowMaxOffsetWorkingDays)
      .max(LIMITS.workflowMaxOffsetWorkingDays)
      .optional(),
  })
  .strict();

export const WorkflowDueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('absolute'), date: CalendarDateSchema }).strict(),
    z.object({ kind: z.literal('relative'), to: IdSchema, offset: WorkflowOffsetSchema }).strict(),
  ])
  .nullable();

export const WORKFLOW_ITEM_KINDS = ['milestone', 'task'] as const;
export type WorkflowItemKind = (typeof WORKFLOW_ITEM_KINDS)[number];

export const WORKFLOW_VISIBILITIES = ['all', 'internal'] as const;
/** `all`: every party of the deal; `internal`: the bank's own organisations only. */
export type WorkflowVisibility = (typeof WORKFLOW_VISIBILITIES)[number];

/**
 * The event that completes a linked item by itself: every party approved the deed, the deed was
 * locked, the bank accepted the vault document requested, the signature request was completed.
 */
export const WORKFLOW_LINK_KINDS = [
  'deed_approved',
  'deed_locked',
  'vault_request_accepted',
  'signature_completed',
] as const;
export type WorkflowLinkKind = (typeof WORKFLOW_LINK_KINDS)[number];

export const WORKFLOW_LINK_LABELS: Record<WorkflowLinkKind, string> = {
  deed_approved: 'Acte approuvé par toutes les parties',
  deed_locked: 'Acte verrouillé',
  vault_request_accepted: 'Document accepté dans la data room',
  signature_completed: 'Signature terminée',
};

export const WorkflowLinkInputSchema = z
  .object({ kind: z.enum(WORKFLOW_LINK_KINDS), targetId: IdSchema })
  .strict();
export type WorkflowLinkInput = z.infer<typeof WorkflowLinkInputSchema>;

export const WorkflowLinkSchema = WorkflowLinkInputSchema.extend({
  /** What it points at, for people (« Convention de crédit », « Extrait Kbis »). */
  label: z.string(),
});
export type WorkflowLink = z.infer<typeof WorkflowLinkSchema>;

const TitleSchema = z.string().trim().min(1).max(LIMITS.workflowTitleMaxLength);
const DescriptionSchema = z.string().trim().max(LIMITS.workflowDescriptionMaxLength);
const PartiesSchema = z.array(z.enum(ORG_KINDS)).min(1).max(ORG_KINDS.length);
const DependsOnSchema = z.array(IdSchema).max(LIMITS.workflowMaxDependencies);

export const CreateWorkflowItemRequestSchema = z
  .object({
    title: TitleSchema,
    description: DescriptionSchema.default(''),
    kind: z.enum(WORKFLOW_ITEM_KINDS).default('task'),
    responsibleParties: PartiesSchema,
    assigneeId: IdSchema.nullable().default(null),
    due: WorkflowDueSchema.default(null),
    rollsToWorkingDay: z.boolean().default(false),
    dependsOn: DependsOnSchema.default([]),
    visibility: z.enum(WORKFLOW_VISIBILITIES).default('all'),
    link: WorkflowLinkInputSchema.nullable().default(null),
  })
  .strict();
export type CreateWorkflowItemRequest = z.input<typeof CreateWorkflowItemRequestSchema>;

export const PatchWorkflowItemRequestSchema = z
  .object({
    title: TitleSchema,
    description: DescriptionSchema,
    kind: z.enum(WORKFLOW_ITEM_KINDS),
    responsibleParties: PartiesSchema,
    assigneeId: IdSchema.nullable(),
    due: WorkflowDueSchema,
    rollsToWorkingDay: z.boolean(),
    dependsOn: DependsOnSchema,
    status: z.enum(WORKFLOW_ITEM_STATUSES),
    visibility: z.enum(WORKFLOW_VISIBILITIES),
    link: WorkflowLinkInputSchema.nullable(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'aucune modification');
export type PatchWorkflowItemRequest = z.input<typeof PatchWorkflowItemRequestSchema>;

export const WorkflowItemViewSchema = z.object({
  id: IdSchema,
  dealId: IdSchema,
  title: z.string(),
  description: z.string(),
  kind: z.enum(WORKFLOW_ITEM_KINDS),
  responsibleParties: z.array(z.enum(ORG_KINDS)),
  assignee: PersonRefSchema.nullable(),
  due: WorkflowDueSchema,
  rollsToWorkingDay: z.boolean(),
  dependsOn: z.array(IdSchema),
  status: z.enum(WORKFLOW_ITEM_STATUSES),
  visibility: z.enum(WORKFLOW_VISIBILITIES),
  link: WorkflowLinkSchema.nullable(),
  /** Set when the item was marked done, by a person or by its linked event. */
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** The effective due date (after rolling to a working day); null while « à fixer ». */
  dueDate: CalendarDateSchema.nullable(),
  unrolledDueDate: CalendarDateSchema.nullable(),
  /** Why the computed date is not a working day (« samedi », « Toussaint »), else null. */
  nonWorkingDay: z.string().nullable(),
  isRolled: z.boolean(),
  displayStatus: z.enum(WORKFLOW_DISPLAY_STATUSES),
  blockedBy: z.array(IdSchema),
  /** The item is the caller's to act on (assigned to them, or to their organisation unassigned). */
  isMine: z.boolean(),
});
export type WorkflowItemView = z.infer<typeof WorkflowItemViewSchema>;

export const DealWorkflowSchema = z.object({
  dealId: IdSchema,
  /** The calendar day the statuses were computed for (Europe/Paris). */
  today: CalendarDateSchema,
  /** By due date, undated last. */
  items: z.array(WorkflowItemViewSchema),
  /** The caller may add, edit and delete items (`deadline.manage`). */
  canManage: z.boolean(),
  /** The caller may make items internal to the bank. */
  canUseInternal: z.boolean(),
  /** The caller may save this workflow as their bank's template. */
  canSaveTemplate: z.boolean(),
});
export type DealWorkflow = z.infer<typeof DealWorkflowSchema>;

export const WORKFLOW_EVENT_KINDS = [
  'created',
  'updated',
  'status_changed',
  'closed_by_event',
  'rescheduled',
] as const;
export type WorkflowEventKind = (typeof WORKFLOW_EVENT_KINDS)[number];

export const WorkflowItemEventSchema = z.object({
  id: IdSchema,
  at: z.string(),
  kind: z.enum(WORKFLOW_EVENT_KINDS),
  /** Null for what the platform did by itself (an event closed the item). */
  actor: PersonRefSchema.nullable(),
  /** In French, for the history list (« Statut : À venir → Fait »). */
  summary: z.string(),
});
export type WorkflowItemEvent = z.infer<typeof WorkflowItemEventSchema>;

export const WorkflowItemHistorySchema = z.object({ events: z.array(WorkflowItemEventSchema) });
export type WorkflowItemHistory = z.infer<typeof WorkflowItemHistorySchema>;

export const WorkflowTemplateSavedSchema = z.object({ itemCount: z.number().int(), savedAt: z.string() });
export type WorkflowTemplateSaved = z.infer<typeof WorkflowTemplateSavedSchema>;

export const MyActionSchema = WorkflowItemViewSchema.extend({ dealName: z.string() });
export type MyAction = z.infer<typeof MyActionSchema>;

export const MyActionsSchema = z.object({
  today: CalendarDateSchema,
  /** Most urgent first: overdue, then by due date, then blocked, then undated. */
  items: z.array(MyActionSchema),
  /** Every open item of the caller, counted even beyond `items`. */
  counts: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    dueThisWeek: z.number().int(),
    blocked: z.number().int(),
    undated: z.number().int(),
  }),
  dealCount: z.number().int(),
});
export type MyActions = z.infer<typeof MyActionsSchema>;

export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'rescheduled',
  'assigned',
  'closed_by_event',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationViewSchema = z.object({
  id: IdSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  dealId: IdSchema,
  dealName: z.string(),
  itemId: IdSchema.nullable(),
  /** In French, ready to show (« Purge du recours des tiers : échéance le 02/03/2027 »). */
  message: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const NotificationListSchema = z.object({
  notifications: z.array(NotificationViewSchema),
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const MarkNotificationsReadRequestSchema = z
  .object({ ids: z.array(IdSchema).min(1).max(LIMITS.notificationListMax).optional() })
  .strict();
export type MarkNotificationsReadRequest = z.infer<typeof MarkNotificationsReadRequestSchema>;

export const EMAIL_REMINDER_MODES = ['immediate', 'daily_digest', 'off'] as const;
export type EmailReminderMode = (typeof EMAIL_REMINDER_MODES)[number];

export const NotificationSettingsSchema = z
  .object({
    /** `immediate`: one e-mail per reminder; `daily_digest`: one summary each morning. */
    emailReminders: z.enum(EMAIL_REMINDER_MODES),
    /** How many days before a due date the first reminder goes out. */
    remindDaysBefore: z.number().int().min(0).max(LIMITS.reminderMaxDaysBefore),
  })
  .strict();
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  emailReminders: 'immediate',
  remindDaysBefore: 3,
};

export const CalendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatusSchema>;

export const CalendarFeedCreatedSchema = z.object({
  /** The feed address, holding the secret: shown once, to paste into Outlook or Google Calendar. */
  url: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;
