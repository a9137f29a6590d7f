import type { DeedKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { DeedRecord } from '../records';
import type { DeedStore } from '../stores';

function toDeed(row: Database['deeds']): DeedRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    title: row.title,
    kind: row.kind as DeedKind,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createDeedStore(db: Kysely<Database>): DeedStore {
  return {
    async create(d) {
      await db
        .insertInto('deeds')
        .values({
          id: d.id,
          deal_id: d.dealId,
          title: d.title,
          kind: d.kind,
          created_by: d.createdBy,
          created_at: d.createdAt,
          updated_at: d.updatedAt,
        })
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom('deeds').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDeed(row);
    },
    async listByDeal(dealId) {
      const rows = await db
        .selectFrom('deeds')
        .selectAll()
        .where('deal_id', '=', dealId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDeed);
    },
  };
}
