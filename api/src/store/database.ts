import type { Generated } from 'kysely';
import type { SignatureTables } from './signature-tables';
import type { VaultTables } from './vault-tables';
import type { WorkflowTables } from './workflow-tables';

/**
 * Row shapes of every table. Dates are ISO-8601 strings and booleans are 0/1 integers so the
 * same queries run unchanged on SQLite and PostgreSQL.
 */
export interface Database extends VaultTables, WorkflowTables, SignatureTables {
  orgs: { id: string; name: string; kind: string; created_at: string };
  users: {
    id: string;
    org_id: string;
    email: string;
    name: string;
    password_hash: string;
    is_admin: number;
    created_at: string;
    updated_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
  };
  login_throttle: {
    email: string;
    failures: number;
    window_started_at: string;
    locked_until: string | null;
  };
  deals: {
    id: string;
    name: string;
    city: string;
    lots: number;
    amount_cents: number;
    status: string;
    created_by: string;
    created_at: string;
    updated_at: string;
  };
  deal_parties: { deal_id: string; org_id: string };
  deal_staff: { deal_id: string; user_id: string; role: string; added_by: string; added_at: string };
  deeds: {
    id: string;
    deal_id: string;
    title: string;
    kind: string;
    created_by: string;
    created_at: string;
    updated_at: string;
    /** JSON array of organisation kinds held to suggestion mode. */
    suggestion_only_for: Generated<string>;
    locked_at: string | null;
    locked_by: string | null;
    locked_version_id: string | null;
  };
  deed_comment_threads: {
    id: string;
    deed_id: string;
    deal_id: string;
    visibility: string;
    org_id: string;
    anchor_from: string;
    anchor_to: string;
    quote: string;
    status: string;
    resolved_by: string | null;
    resolved_at: string | null;
    created_by: string;
    created_at: string;
  };
  deed_comments: {
    id: string;
    thread_id: string;
    position: number;
    author_id: string;
    body: string;
    /** JSON array of user ids. */
    mentions: string;
    created_at: string;
    edited_at: string | null;
    deleted_at: string | null;
  };
  deed_updates: { id: Generated<number>; deed_id: string; data: Uint8Array };
  deed_snapshots: {
    deed_id: string;
    data: Uint8Array;
    /** The highest update id folded in (informational: loads read every update left). */
    upto_id: number;
    updated_at: string;
    /** Bumped by each compaction, which is a compare-and-set on it. */
    generation: Generated<number>;
  };
  deed_versions: {
    id: string;
    deed_id: string;
    /** 1, 2, 3... per deed, in creation order. */
    number: number;
    name: string;
    note: Generated<string>;
    kind: string;
    /** SHA-256 hex of the canonical JSON of the ProseMirror document. */
    content_hash: string;
    content_json: string;
    /** The Yjs state of the deed body at that version. */
    state: Uint8Array;
    created_by: string;
    created_at: string;
    restored_from: string | null;
  };
  deed_approvals: {
    id: string;
    deed_id: string;
    org_id: string;
    version_id: string;
    content_hash: string;
    approved_by: string;
    approved_at: string;
    withdrawn_by: string | null;
    withdrawn_at: string | null;
    superseded_by: string | null;
  };
  deed_lock_events: {
    id: string;
    deed_id: string;
    action: string;
    user_id: string;
    at: string;
    version_id: string | null;
    reason: string | null;
  };
  deed_edit_activity: {
    deed_id: string;
    user_id: string;
    /** Start of the 10-minute bucket, ISO. */
    bucket_start: string;
    first_at: string;
    last_at: string;
    update_count: number;
  };
  audit_log: {
    seq: number;
    at: string;
    actor_id: string | null;
    action: string;
    outcome: string;
    deal_id: string | null;
    target: string | null;
    ip: string | null;
    detail: string;
    prev_hash: string;
    hash: string;
  };
}
