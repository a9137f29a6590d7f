import { type Kysely, sql } from 'kysely';
import pg from 'pg';

/**
 * Creates the application role when missing (it cannot log in; the owner switches to it) and
 * gives it what the application needs and nothing more: rows of the tables, not their
 * definitions; the audit log may be appended to and read, never rewritten; the migration
 * bookkeeping is out of reach. Run by the owner after every migration, so new tables are covered.
 */
export async function grantApplicationRole(owner: Kysely<unknown>, appRole: string): Promise<void> {
  const role = pg.escapeIdentifier(appRole);
  // Several nodes (or test databases) may start at once: the role is cluster-wide.
  await sql
    .raw(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${pg.escapeLiteral(appRole)}) THEN
           CREATE ROLE ${role} NOLOGIN;
         END IF;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
       END $$`,
    )
    .execute(owner);
  // The owner switches to the role (SET ROLE), which takes membership unless it is a superuser;
  // an owner that may not grant it was given it by the administrator (docs/DEPLOYMENT.md).
  await sql
    .raw(`GRANT ${role} TO CURRENT_USER`)
    .execute(owner)
    .catch(() => undefined);
  await sql.raw(`GRANT USAGE ON SCHEMA public TO ${role}`).execute(owner);
  await sql
    .raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`)
    .execute(owner);
  await sql.raw(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`).execute(owner);
  await sql.raw(`REVOKE UPDATE, DELETE ON audit_log FROM ${role}`).execute(owner);
  await sql.raw(`REVOKE ALL ON kysely_migration, kysely_migration_lock FROM ${role}`).execute(owner);
}
