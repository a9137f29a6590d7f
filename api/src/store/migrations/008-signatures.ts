import { type Kysely, sql } from 'kysely';

/**
 * Electronic signatures (issue 7): a request carries one PDF (made from a locked deed version or
 * taken from the vault, kept in the blob store with its SHA-256) to its signers in order, through
 * the installation's provider. Signers and events are rows of their own; the request keeps the
 * signed file's place in the vault once it is complete. A failed provider call leaves the step
 * to redo (`pending_step`) and when to try again, so nothing is lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signature_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) =>
      c.notNull().check(sql`source_kind IN ('deed_version', 'vault_version')`),
    )
    /** The deed or the vault document. */
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_version_id', 'text', (c) => c.notNull())
    .addColumn('document_name', 'text', (c) => c.notNull())
    .addColumn('document_blob_key', 'text', (c) => c.notNull())
    .addColumn('document_sha256', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('envelope_id', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status IN ('in_progress', 'completed', 'declined', 'cancelled', 'expired', 'error')`),
    )
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('cancel_reason', 'text')
    /** 'send' or 'complete' while a provider call is to be made again; null otherwise. */
    .addColumn('pending_step', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('error_message', 'text')
    .addColumn('signed_document_id', 'text')
    .addColumn('signed_version_id', 'text')
    .addColumn('signed_sha256', 'text')
    /** The provider's certificate of completion, filed in the vault beside the signed PDF. */
    .addColumn('certificate_document_id', 'text')
    .execute();
  await db.schema
    .createIndex('signature_requests_deal_idx')
    .on('signature_requests')
    .columns(['deal_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('signature_requests_envelope_idx')
    .on('signature_requests')
    .column('envelope_id')
    .execute();
  await db.schema
    .createIndex('signature_requests_signed_document_idx')
    .on('signature_requests')
    .column('signed_document_id')
    .execute();

  await db.schema
    .createTable('signature_signers')
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('signature_requests.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    /** 1, 2, 3…: the signing order. */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('sent', 'viewed', 'signed', 'declined', 'expired')`),
    )
    .addColumn('viewed_at', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_ip', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('decline_reason', 'text')
    .addPrimaryKeyConstraint('signature_signers_pk', ['request_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('signature_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) =>
      c.notNull().references('signature_requests.id').onDelete('cascade'),
    )
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    /** 1, 2, 3… per request. */
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    /** JSON object. */
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signature_events_request_idx')
    .on('signature_events')
    .columns(['request_id', 'seq'])
    .unique()
    .execute();
}
