import type { DealStatus, OrgKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { DealRecord } from '../records';
import type { DealStore } from '../stores';

function toDeal(row: Database['deals']): DealRecord {
  return {
    id: row.id,
    name: row.name,
    city: row.city,
    lots: row.lots,
    amountCents: Number(row.amount_cents),
    status: row.status as DealStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createDealStore(db: Kysely<Database>): DealStore {
  return {
    async create({ deal, partyOrgIds, creatorStaff }) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('deals')
          .values({
            id: deal.id,
            name: deal.name,
            city: deal.city,
            lots: deal.lots,
            amount_cents: deal.amountCents,
            status: deal.status,
            created_by: deal.createdBy,
            created_at: deal.createdAt,
            updated_at: deal.updatedAt,
          })
          .execute();
        await trx
          .insertInto('deal_parties')
          .values(partyOrgIds.map((orgId) => ({ deal_id: deal.id, org_id: orgId })))
          .execute();
        await trx
          .insertInto('deal_staff')
          .values({
            deal_id: creatorStaff.dealId,
            user_id: creatorStaff.userId,
            role: creatorStaff.role,
            added_by: creatorStaff.addedBy,
            added_at: creatorStaff.addedAt,
          })
          .execute();
      });
    },
    async findById(id) {
      const row = await db.selectFrom('deals').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDeal(row);
    },
    async listForUser(userId) {
      const rows = await db
        .selectFrom('deals')
        .innerJoin('deal_staff', 'deal_staff.deal_id', 'deals.id')
        .selectAll('deals')
        .where('deal_staff.user_id', '=', userId)
        .orderBy('deals.created_at', 'desc')
        .orderBy('deals.id')
        .execute();
      return rows.map(toDeal);
    },
    async update(id, patch) {
      await db
        .updateTable('deals')
        .set({
          name: patch.name,
          city: patch.city,
          lots: patch.lots,
          amount_cents: patch.amountCents,
          status: patch.status,
          updated_at: patch.updatedAt,
        })
        .where('id', '=', id)
        .execute();
    },
    async listParties(dealIds) {
      if (dealIds.length === 0) return [];
      const rows = await db
        .selectFrom('deal_parties')
        .innerJoin('orgs', 'orgs.id', 'deal_parties.org_id')
        .select(['deal_parties.deal_id', 'orgs.id', 'orgs.name', 'orgs.kind'])
        .where('deal_parties.deal_id', 'in', dealIds)
        .orderBy('orgs.kind')
        .orderBy('orgs.name')
        .execute();
      return rows.map((r) => ({ dealId: r.deal_id, orgId: r.id, name: r.name, kind: r.kind as OrgKind }));
    },
  };
}
