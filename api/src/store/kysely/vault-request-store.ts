import type { DocumentCategory, VaultRequestStatus } from '@deedroom/shared';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database';
import type { VaultRequestRecord } from '../vault-records';
import type { VaultRequestStore } from '../vault-stores';

function toRequest(row: Selectable<Database['vault_requests']>): VaultRequestRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    category: row.category as DocumentCategory,
    description: row.description,
    dueDate: row.due_date,
    mandatory: row.mandatory === 1,
    status: row.status as VaultRequestStatus,
    rejectionReason: row.rejection_reason,
    documentId: row.document_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
  };
}

export function createVaultRequestStore(db: Kysely<Database>): VaultRequestStore {
  return {
    async createMany(requests) {
      if (requests.length === 0) return;
      await db
        .insertInto('vault_requests')
        .values(
          requests.map((r) => ({
            id: r.id,
            deal_id: r.dealId,
            category: r.category,
            description: r.description,
            due_date: r.dueDate,
            mandatory: r.mandatory ? 1 : 0,
            status: r.status,
            rejection_reason: r.rejectionReason,
            document_id: r.documentId,
            created_by: r.createdBy,
            created_at: r.createdAt,
            decided_at: r.decidedAt,
            decided_by: r.decidedBy,
          })),
        )
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom('vault_requests').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRequest(row);
    },
    async listByDeal(dealId) {
      const rows = await db
        .selectFrom('vault_requests')
        .selectAll()
        .where('deal_id', '=', dealId)
        .orderBy('created_at')
        .orderBy('mandatory', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
    async update(id, patch) {
      await db
        .updateTable('vault_requests')
        .set({
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.rejectionReason !== undefined && { rejection_reason: patch.rejectionReason }),
          ...(patch.documentId !== undefined && { document_id: patch.documentId }),
          ...(patch.decidedAt !== undefined && { decided_at: patch.decidedAt }),
          ...(patch.decidedBy !== undefined && { decided_by: patch.decidedBy }),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
