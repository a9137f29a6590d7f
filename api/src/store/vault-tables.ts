import type { Generated } from 'kysely';
/** Row shapes of the vault's tables (migration 006), merged into {@link Database}. */
export interface VaultTables {
  vault_documents: {
    id: string;
    deal_id: string;
    org_id: string;
    title: string;
    category: string | null;
    category_source: string;
    category_confidence: number | null;
    visibility: string;
    request_id: string | null;
    current_version_id: string;
    version_count: number;
    created_by: string;
    created_at: string;
    updated_at: string;
  };
  vault_versions: {
    id: string;
    document_id: string;
    deal_id: string;
    org_id: string;
    number: number;
    original_name: string;
    size: number;
    media_type: string;
    sha256: string;
    blob_key: string;
    uploaded_by: string;
    uploaded_at: string;
    analysis_status: string;
    /** Set by the node analysing it, until when; another node takes it over after (a crash). */
    analysis_claimed_until: Generated<string | null>;
    metadata: string;
    extracted_text: string;
  };
  vault_uploads: {
    upload_id: string;
    deal_id: string;
    user_id: string;
    document_id: string;
    is_duplicate: number;
    finished_at: string;
  };
  vault_requests: {
    id: string;
    deal_id: string;
    category: string;
    description: string;
    due_date: string | null;
    mandatory: number;
    status: string;
    rejection_reason: string | null;
    document_id: string | null;
    created_by: string | null;
    created_at: string;
    decided_at: string | null;
    decided_by: string | null;
  };
  vault_category_corrections: {
    id: string;
    document_id: string;
    version_id: string;
    from_category: string | null;
    from_source: string;
    to_category: string;
    corrected_by: string;
    corrected_at: string;
  };
}
