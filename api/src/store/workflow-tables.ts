import type { Generated } from 'kysely';

/** Row shapes of the workflow's tables (migration 007), merged into {@link Database}. */
export interface WorkflowTables {
  deal_workflows: { deal_id: string; created_at: string; revision: Generated<number> };
  workflow_items: {
    id: string;
    deal_id: string;
    title: string;
    description: string;
    kind: string;
    responsible_parties: string;
    assignee_id: string | null;
    due: string | null;
    rolls_to_working_day: number;
    depends_on: string;
    status: string;
    visibility: string;
    link_kind: string | null;
    link_target_id: string | null;
    position: number;
    completed_at: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
  };
  workflow_item_events: {
    id: string;
    item_id: string;
    deal_id: string;
    seq: number;
    at: string;
    actor_id: string | null;
    kind: string;
    summary: string;
  };
  workflow_templates: { org_id: string; items: string; updated_by: string; updated_at: string };
  notifications: {
    id: string;
    user_id: string;
    deal_id: string;
    item_id: string | null;
    kind: string;
    message: string;
    created_at: string;
    read_at: string | null;
  };
  notification_settings: {
    user_id: string;
    email_reminders: string;
    remind_days_before: number;
    updated_at: string;
  };
  reminders_sent: {
    item_id: string;
    user_id: string;
    kind: string;
    due_date: string;
    notified_at: string;
    emailed_at: string | null;
  };
  digests_sent: { user_id: string; day: string; sent_at: string };
  calendar_feeds: { user_id: string; token_hash: string; created_at: string };
}
