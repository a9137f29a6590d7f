import type { DeedKind, OrgKind } from '@deedroom/shared';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database';
import type { DeedRecord } from '../records';
import type { DeedStore } from '../stores';

function toDeed(row: Selectable<Database['deeds']>): DeedRecord {
  return {
    id: row.id,
    dealId: row.deal_id,
    title: row.title,
    kind: row.kind as DeedKind,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    suggestionOnlyFor: JSON.parse(row.suggestion_only_for) as OrgKind[],
    lock:
      row.locked_at && row.locked_by
        ? { lockedAt: row.locked_at, lockedBy: row.locked_by, versionId: row.locked_version_id }
        : null,
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
          suggestion_only_for: JSON.stringify(d.suggestionOnlyFor),
          locked_at: d.lock?.lockedAt ?? null,
          locked_by: d.lock?.lockedBy ?? null,
          locked_version_id: d.lock?.versionId ?? null,
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
    async setSuggestionOnlyFor(id, kinds, at) {
      await db
        .updateTable('deeds')
        .set({ suggestion_only_for: JSON.stringify(kinds), updated_at: at })
        .where('id', '=', id)
        .execute();
    },
    async setLock(id, lock, at) {
      await db
        .updateTable('deeds')
        .set({
          locked_at: lock?.lockedAt ?? null,
          locked_by: lock?.lockedBy ?? null,
          locked_version_id: lock?.versionId ?? null,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
