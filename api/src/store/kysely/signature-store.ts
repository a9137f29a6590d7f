import type {
  SignatureEventKind,
  SignatureProviderKind,
  SignatureRequestStatus,
  SignatureSourceKind,
  SignerStatus,
} from '@deedroom/shared';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../database';
import type {
  SignatureEventRecord,
  SignaturePendingStep,
  SignatureRequestRecord,
  SignatureSignerRecord,
} from '../signature-records';
import type { SignatureRequestPatch, SignatureStore } from '../signature-stores';
import { serializeWithin } from './serialize-within';

type RequestRow = Database['signature_requests'];

function toRequest(row: Selectable<RequestRow>): SignatureRequestRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    title: row.title,
    sourceKind: row.source_kind as SignatureSourceKind,
    sourceId: row.source_id,
    sourceVersionId: row.source_version_id,
    documentName: row.document_name,
    documentBlobKey: row.document_blob_key,
    documentSha256: row.document_sha256,
    provider: row.provider as SignatureProviderKind,
    envelopeId: row.envelope_id,
    status: row.status as SignatureRequestStatus,
    message: row.message,
    expiresAt: row.expires_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    cancelReason: row.cancel_reason,
    pendingStep: row.pending_step as SignaturePendingStep | null,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    errorMessage: row.error_message,
    signedDocumentId: row.signed_document_id,
    signedVersionId: row.signed_version_id,
    signedSha256: row.signed_sha256,
    certificateDocumentId: row.certificate_document_id,
  };
}

const COLUMN_OF: Record<keyof Omit<SignatureRequestPatch, never>, keyof RequestRow> = {
  title: 'title',
  sourceKind: 'source_kind',
  sourceId: 'source_id',
  sourceVersionId: 'source_version_id',
  documentName: 'document_name',
  documentBlobKey: 'document_blob_key',
  documentSha256: 'document_sha256',
  provider: 'provider',
  envelopeId: 'envelope_id',
  status: 'status',
  message: 'message',
  expiresAt: 'expires_at',
  updatedAt: 'updated_at',
  completedAt: 'completed_at',
  cancelReason: 'cancel_reason',
  pendingStep: 'pending_step',
  attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at',
  errorMessage: 'error_message',
  signedDocumentId: 'signed_document_id',
  signedVersionId: 'signed_version_id',
  signedSha256: 'signed_sha256',
  certificateDocumentId: 'certificate_document_id',
};

function toRequestRow(patch: SignatureRequestPatch): Updateable<RequestRow> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[key as keyof SignatureRequestPatch];
    if (column) row[column] = value;
  }
  return row as Updateable<RequestRow>;
}

function toSigner(row: Selectable<Database['signature_signers']>): SignatureSignerRecord {
  return {
    requestId: row.request_id,
    userId: row.user_id,
    position: row.position,
    name: row.name,
    email: row.email,
    anchor: row.anchor,
    status: row.status as SignerStatus,
    viewedAt: row.viewed_at,
    signedAt: row.signed_at,
    signedIp: row.signed_ip,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
  };
}

async function insertEvent(
  trx: Transaction<Database>,
  event: Omit<SignatureEventRecord, 'seq'>,
): Promise<void> {
  await serializeWithin(trx, `signature_events:${event.requestId}`);
  const last = await trx
    .selectFrom('signature_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('request_id', '=', event.requestId)
    .executeTakeFirst();
  await trx
    .insertInto('signature_events')
    .values({
      id: event.id,
      request_id: event.requestId,
      deal_id: event.dealId,
      seq: Number(last?.seq ?? 0) + 1,
      at: event.at,
      actor_id: event.actorId,
      kind: event.kind,
      summary: event.summary,
      ip: event.ip,
      detail: JSON.stringify(event.detail),
    })
    .execute();
}

export function createSignatureStore(db: Kysely<Database>): SignatureStore {
  return {
    async create(request, signers, event) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('signature_requests')
          .values({
            id: request.id,
            deal_id: request.dealId,
            title: request.title,
            source_kind: request.sourceKind,
            source_id: request.sourceId,
            source_version_id: request.sourceVersionId,
            document_name: request.documentName,
            document_blob_key: request.documentBlobKey,
            document_sha256: request.documentSha256,
            provider: request.provider,
            envelope_id: request.envelopeId,
            status: request.status,
            message: request.message,
            expires_at: request.expiresAt,
            created_by: request.createdBy,
            created_at: request.createdAt,
            updated_at: request.updatedAt,
            completed_at: request.completedAt,
            cancel_reason: request.cancelReason,
            pending_step: request.pendingStep,
            attempts: request.attempts,
            next_attempt_at: request.nextAttemptAt,
            error_message: request.errorMessage,
            signed_document_id: request.signedDocumentId,
            signed_version_id: request.signedVersionId,
            signed_sha256: request.signedSha256,
            certificate_document_id: request.certificateDocumentId,
          })
          .execute();
        await trx
          .insertInto('signature_signers')
          .values(
            signers.map((s) => ({
              request_id: s.requestId,
              user_id: s.userId,
              position: s.position,
              name: s.name,
              email: s.email,
              anchor: s.anchor,
              status: s.status,
              viewed_at: s.viewedAt,
              signed_at: s.signedAt,
              signed_ip: s.signedIp,
              declined_at: s.declinedAt,
              decline_reason: s.declineReason,
            })),
          )
          .execute();
        await insertEvent(trx, event);
      });
    },
    async findById(id) {
      const row = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRequest(row);
    },
    async findByEnvelope(envelopeId) {
      const row = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where('envelope_id', '=', envelopeId)
        .executeTakeFirst();
      return row && toRequest(row);
    },
    async findBySignedDocument(documentId) {
      const row = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where((eb) =>
          eb.or([eb('signed_document_id', '=', documentId), eb('certificate_document_id', '=', documentId)]),
        )
        .executeTakeFirst();
      return row && toRequest(row);
    },
    async listByDeal(dealId) {
      const rows = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where('deal_id', '=', dealId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
    async listDueRetries(now) {
      const rows = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where('pending_step', 'is not', null)
        .where('next_attempt_at', 'is not', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .execute();
      return rows.map(toRequest);
    },
    async listExpired(now) {
      const rows = await db
        .selectFrom('signature_requests')
        .selectAll()
        .where('status', 'in', ['in_progress', 'error'])
        .where('expires_at', '<=', now)
        .execute();
      return rows.map(toRequest);
    },
    async update(id, fromStatuses, patch) {
      const result = await db
        .updateTable('signature_requests')
        .set(toRequestRow(patch))
        .where('id', '=', id)
        .where('status', 'in', [...fromStatuses])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async listSigners(requestIds) {
      if (requestIds.length === 0) return [];
      const rows = await db
        .selectFrom('signature_signers')
        .selectAll()
        .where('request_id', 'in', requestIds)
        .orderBy('request_id')
        .orderBy('position')
        .execute();
      return rows.map(toSigner);
    },
    async updateSigner(requestId, userId, fromStatuses, patch) {
      const result = await db
        .updateTable('signature_signers')
        .set({
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.viewedAt !== undefined && { viewed_at: patch.viewedAt }),
          ...(patch.signedAt !== undefined && { signed_at: patch.signedAt }),
          ...(patch.signedIp !== undefined && { signed_ip: patch.signedIp }),
          ...(patch.declinedAt !== undefined && { declined_at: patch.declinedAt }),
          ...(patch.declineReason !== undefined && { decline_reason: patch.declineReason }),
        })
        .where('request_id', '=', requestId)
        .where('user_id', '=', userId)
        .where('status', 'in', [...fromStatuses])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async appendEvent(event) {
      await db.transaction().execute((trx) => insertEvent(trx, event));
    },
    async listEvents(requestId) {
      const rows = await db
        .selectFrom('signature_events')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        requestId: row.request_id,
        dealId: row.deal_id,
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        kind: row.kind as SignatureEventKind,
        summary: row.summary,
        ip: row.ip,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      }));
    },
  };
}
