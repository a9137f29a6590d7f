import type { DeedVersionKind } from '@deedroom/shared';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database';
import type { DeedVersionRecord, DeedVersionSummaryRecord } from '../records';
import type { DeedVersionStore } from '../stores';
import { serializeWithin } from './serialize-within';

type VersionRow = Selectable<Database['deed_versions']>;
type SummaryRow = Omit<VersionRow, 'content_json' | 'state'>;

const SUMMARY_COLUMNS = [
  'id',
  'deed_id',
  'number',
  'name',
  'note',
  'kind',
  'content_hash',
  'created_by',
  'created_at',
  'restored_from',
] as const;

function toSummary(row: SummaryRow): DeedVersionSummaryRecord {
  return {
    id: row.id,
    deedId: row.deed_id,
    number: row.number,
    name: row.name,
    note: row.note,
    kind: row.kind as DeedVersionKind,
    contentHash: row.content_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
  };
}

function toVersion(row: VersionRow): DeedVersionRecord {
  return { ...toSummary(row), contentJson: row.content_json, state: new Uint8Array(row.state) };
}

export function createDeedVersionStore(db: Kysely<Database>): DeedVersionStore {
  return {
    async create(version) {
      return db.transaction().execute(async (trx) => {
        await serializeWithin(trx, `deed_versions:${version.deedId}`);
        const last = await trx
          .selectFrom('deed_versions')
          .select((eb) => eb.fn.max('number').as('number'))
          .where('deed_id', '=', version.deedId)
          .executeTakeFirst();
        const number = Number(last?.number ?? 0) + 1;
        await trx
          .insertInto('deed_versions')
          .values({
            id: version.id,
            deed_id: version.deedId,
            number,
            name: version.name,
            note: version.note,
            kind: version.kind,
            content_hash: version.contentHash,
            content_json: version.contentJson,
            state: Buffer.from(version.state.buffer, version.state.byteOffset, version.state.byteLength),
            created_by: version.createdBy,
            created_at: version.createdAt,
            restored_from: version.restoredFrom,
          })
          .execute();
        return { ...version, number };
      });
    },
    async findById(id) {
      const row = await db.selectFrom('deed_versions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toVersion(row);
    },
    async listByDeed(deedId) {
      const rows = await db
        .selectFrom('deed_versions')
        .select(SUMMARY_COLUMNS)
        .where('deed_id', '=', deedId)
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toSummary);
    },
    async findLatest(deedId) {
      const row = await db
        .selectFrom('deed_versions')
        .select(SUMMARY_COLUMNS)
        .where('deed_id', '=', deedId)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toSummary(row);
    },
  };
}
