import type { Generated } from 'kysely';

/** Row shapes of the signature tables (migration 008), merged into {@link Database}. */
export interface SignatureTables {
  signature_requests: {
    id: string;
    deal_id: string;
    title: string;
    source_kind: string;
    source_id: string;
    source_version_id: string;
    document_name: string;
    document_blob_key: string;
    document_sha256: string;
    provider: string;
    envelope_id: string | null;
    status: string;
    message: string;
    expires_at: string;
    created_by: string;
    created_at: string;
    updated_at: string;
    completed_at: string | null;
    cancel_reason: string | null;
    pending_step: string | null;
    attempts: Generated<number>;
    next_attempt_at: string | null;
    error_message: string | null;
    signed_document_id: string | null;
    signed_version_id: string | null;
    signed_sha256: string | null;
    certificate_document_id: string | null;
  };
  signature_signers: {
    request_id: string;
    user_id: string;
    position: number;
    name: string;
    email: string;
    anchor: string;
    status: string;
    viewed_at: string | null;
    signed_at: string | null;
    signed_ip: string | null;
    declined_at: string | null;
    decline_reason: string | null;
  };
  signature_events: {
    id: string;
    request_id: string;
    deal_id: string;
    seq: number;
    at: string;
    actor_id: string | null;
    kind: string;
    summary: string;
    ip: string | null;
    detail: string;
  };
}
