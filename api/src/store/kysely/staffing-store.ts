import type { DealRole, OrgKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { StaffRecord } from '../records';
import type { StaffingStore } from '../stores';

function toStaff(row: Database['deal_staff']): StaffRecord {
  return {
    dealId: row.deal_id,
    userId: row.user_id,
    role: row.role as DealRole,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
}

export function createStaffingStore(db: Kysely<Database>): StaffingStore {
  return {
    async findRole(dealId, userId) {
      const row = await db
        .selectFrom('deal_staff')
        .selectAll()
        .where('deal_id', '=', dealId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toStaff(row);
    },
    async listRolesForUser(userId, dealIds) {
      if (dealIds.length === 0) return [];
      const rows = await db
        .selectFrom('deal_staff')
        .selectAll()
        .where('user_id', '=', userId)
        .where('deal_id', 'in', dealIds)
        .execute();
      return rows.map(toStaff);
    },
    async list(dealId) {
      const rows = await db
        .selectFrom('deal_staff')
        .innerJoin('users', 'users.id', 'deal_staff.user_id')
        .innerJoin('orgs', 'orgs.id', 'users.org_id')
        .selectAll('deal_staff')
        .select([
          'users.name',
          'users.email',
          'orgs.id as org_id',
          'orgs.name as org_name',
          'orgs.kind as org_kind',
        ])
        .where('deal_staff.deal_id', '=', dealId)
        .orderBy('orgs.kind')
        .orderBy('users.name')
        .execute();
      return rows.map((r) => ({
        ...toStaff(r),
        name: r.name,
        email: r.email,
        orgId: r.org_id,
        orgName: r.org_name,
        orgKind: r.org_kind as OrgKind,
      }));
    },
    async upsert(s) {
      await db
        .insertInto('deal_staff')
        .values({
          deal_id: s.dealId,
          user_id: s.userId,
          role: s.role,
          added_by: s.addedBy,
          added_at: s.addedAt,
        })
        .onConflict((oc) => oc.columns(['deal_id', 'user_id']).doUpdateSet({ role: s.role }))
        .execute();
    },
    async remove(dealId, userId) {
      await db.deleteFrom('deal_staff').where('deal_id', '=', dealId).where('user_id', '=', userId).execute();
    },
  };
}
