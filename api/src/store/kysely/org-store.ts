import type { OrgKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { OrgRecord } from '../records';
import type { OrgStore } from '../stores';

type OrgRow = Database['orgs'];

function toOrg(row: OrgRow): OrgRecord {
  return { id: row.id, name: row.name, kind: row.kind as OrgKind, createdAt: row.created_at };
}

export function createOrgStore(db: Kysely<Database>): OrgStore {
  return {
    async create(org) {
      await db
        .insertInto('orgs')
        .values({ id: org.id, name: org.name, kind: org.kind, created_at: org.createdAt })
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toOrg(row);
    },
    async list() {
      const rows = await db.selectFrom('orgs').selectAll().orderBy('name').execute();
      return rows.map(toOrg);
    },
  };
}
