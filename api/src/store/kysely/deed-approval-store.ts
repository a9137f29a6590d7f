import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database';
import type { DeedApprovalRecord } from '../records';
import type { DeedApprovalStore } from '../stores';

function toApproval(row: Selectable<Database['deed_approvals']>): DeedApprovalRecord {
  return {
    id: row.id,
    deedId: row.deed_id,
    orgId: row.org_id,
    versionId: row.version_id,
    contentHash: row.content_hash,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    withdrawnBy: row.withdrawn_by,
    withdrawnAt: row.withdrawn_at,
    supersededBy: row.superseded_by,
  };
}

export function createDeedApprovalStore(db: Kysely<Database>): DeedApprovalStore {
  return {
    async create(a) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('deed_approvals')
          .values({
            id: a.id,
            deed_id: a.deedId,
            org_id: a.orgId,
            version_id: a.versionId,
            content_hash: a.contentHash,
            approved_by: a.approvedBy,
            approved_at: a.approvedAt,
            withdrawn_by: a.withdrawnBy,
            withdrawn_at: a.withdrawnAt,
            superseded_by: a.supersededBy,
          })
          .execute();
        await trx
          .updateTable('deed_approvals')
          .set({ superseded_by: a.id })
          .where('deed_id', '=', a.deedId)
          .where('org_id', '=', a.orgId)
          .where('id', '!=', a.id)
          .where('withdrawn_at', 'is', null)
          .where('superseded_by', 'is', null)
          .execute();
      });
    },
    async listByDeed(deedId) {
      const rows = await db
        .selectFrom('deed_approvals')
        .selectAll()
        .where('deed_id', '=', deedId)
        .orderBy('approved_at')
        .orderBy('id')
        .execute();
      return rows.map(toApproval);
    },
    async withdraw(deedId, orgId, withdrawnBy, at) {
      const result = await db
        .updateTable('deed_approvals')
        .set({ withdrawn_by: withdrawnBy, withdrawn_at: at })
        .where('deed_id', '=', deedId)
        .where('org_id', '=', orgId)
        .where('withdrawn_at', 'is', null)
        .where('superseded_by', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
