import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../postgres/is-postgres';

/** Tables whose rows belong to one deal, and the expression naming that deal. */
const BY_DEAL: ReadonlyArray<[table: string, deal: string]> = [
  ['deals', 'id'],
  ['deal_parties', 'deal_id'],
  ['deal_staff', 'deal_id'],
  ['deeds', 'deal_id'],
  ['deed_comment_threads', 'deal_id'],
  ['vault_documents', 'deal_id'],
  ['vault_versions', 'deal_id'],
  ['vault_uploads', 'deal_id'],
  ['vault_requests', 'deal_id'],
  ['deal_workflows', 'deal_id'],
  ['workflow_items', 'deal_id'],
  ['workflow_item_events', 'deal_id'],
  ['notifications', 'deal_id'],
  ['signature_requests', 'deal_id'],
  ['signature_events', 'deal_id'],
  ['deed_updates', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_snapshots', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_versions', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_approvals', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_lock_events', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_edit_activity', 'deedroom_deal_of_deed(deed_id)'],
  ['deed_comments', '(SELECT deal_id FROM deed_comment_threads t WHERE t.id = thread_id)'],
  ['vault_category_corrections', '(SELECT deal_id FROM vault_documents d WHERE d.id = document_id)'],
  ['signature_signers', '(SELECT deal_id FROM signature_requests r WHERE r.id = request_id)'],
];

/** A deal being created has no party yet: its first rows may be written before it is visible. */
const CREATED_WITH_THE_DEAL = new Set(['deals', 'deal_parties']);

/**
 * Cluster support. Both dialects: snapshots get a generation, so that two nodes compacting the
 * same deed cannot both win; a vault version being analysed is claimed for a while, so that two
 * nodes do not analyse the same file. PostgreSQL: row-level security as a second wall behind the
 * application's own scoping — a row of a deal is visible only to the organisations party to the
 * deal (`deedroom.org_id`), or to the system (`deedroom.system = on`), as the connection's
 * session settings say; nothing is visible when neither is set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deed_snapshots')
    .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('vault_versions').addColumn('analysis_claimed_until', 'text').execute();
  if (!isPostgres(db)) return;

  await sql`
    CREATE FUNCTION deedroom_is_system() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT coalesce(current_setting('deedroom.system', true), 'off') = 'on' $$`.execute(db);
  // SECURITY DEFINER: the policies' own lookups read deal_parties and deeds as their owner, so
  // they neither recurse into the policies nor depend on what the caller may see.
  await sql`
    CREATE FUNCTION deedroom_sees_deal(target text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public
    AS $$ SELECT deedroom_is_system() OR EXISTS (
      SELECT 1 FROM deal_parties
      WHERE deal_id = target AND org_id = nullif(current_setting('deedroom.org_id', true), '')) $$`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION deedroom_deal_has_no_party(target text) RETURNS boolean LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public
    AS $$ SELECT NOT EXISTS (SELECT 1 FROM deal_parties WHERE deal_id = target) $$`.execute(db);
  await sql`
    CREATE FUNCTION deedroom_deal_of_deed(target text) RETURNS text LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public
    AS $$ SELECT deal_id FROM deeds WHERE id = target $$`.execute(db);

  for (const [table, deal] of BY_DEAL) {
    const visible = `deedroom_sees_deal(${deal})`;
    const writable = CREATED_WITH_THE_DEAL.has(table)
      ? `${visible} OR deedroom_deal_has_no_party(${deal})`
      : visible;
    await sql.raw(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`).execute(db);
    await sql
      .raw(`CREATE POLICY deal_parties_only ON ${table} USING (${visible}) WITH CHECK (${writable})`)
      .execute(db);
  }
  await sql`ALTER TABLE workflow_templates ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`
    CREATE POLICY own_org_only ON workflow_templates
    USING (deedroom_is_system() OR org_id = nullif(current_setting('deedroom.org_id', true), ''))`.execute(
    db,
  );
}
