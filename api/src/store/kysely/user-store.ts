import type { OrgKind } from '@deedroom/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import type { UserWithOrg } from '../records';
import type { UserStore } from '../stores';

function selectUsers(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .selectAll('users')
    .select(['orgs.name as org_name', 'orgs.kind as org_kind']);
}

type UserJoinRow = Database['users'] & { org_name: string; org_kind: string };

function toUser(row: UserJoinRow): UserWithOrg {
  return {
    id: row.id,
    orgId: row.org_id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    isAdmin: row.is_admin === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    orgName: row.org_name,
    orgKind: row.org_kind as OrgKind,
  };
}

export function createUserStore(db: Kysely<Database>): UserStore {
  return {
    async create(user) {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          org_id: user.orgId,
          email: user.email,
          name: user.name,
          password_hash: user.passwordHash,
          is_admin: user.isAdmin ? 1 : 0,
          created_at: user.createdAt,
          updated_at: user.updatedAt,
        })
        .execute();
    },
    async findById(id) {
      const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findByEmail(email) {
      const row = await selectUsers(db).where('users.email', '=', email).executeTakeFirst();
      return row && toUser(row);
    },
    async listByOrg(orgId) {
      const rows = await selectUsers(db).where('users.org_id', '=', orgId).orderBy('users.name').execute();
      return rows.map(toUser);
    },
    async listByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await selectUsers(db).where('users.id', 'in', ids).execute();
      return rows.map(toUser);
    },
    async listByOrgs(orgIds) {
      if (orgIds.length === 0) return [];
      const rows = await selectUsers(db).where('users.org_id', 'in', orgIds).orderBy('users.name').execute();
      return rows.map(toUser);
    },
    async updatePasswordHash(id, passwordHash, at) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: at })
        .where('id', '=', id)
        .execute();
    },
  };
}
