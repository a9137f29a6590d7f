// biome-ignore-all lint/style/noRestrictedImports: tests reach into src through their own folder
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createId } from '../../src/create-id';
import { DEFAULT_DATABASE_APP_ROLE } from '../../src/store/create-stores';
import { type OpenedPostgres, openPostgres } from '../../src/store/postgres/open-postgres';
import { runAsSystem, runInTenantScope, type TenantScope } from '../../src/store/tenant-scope';
import { createTestContext, type TestContext } from '../support/test-context';

/**
 * The second wall: on PostgreSQL, a query that forgets the application's tenant filter still
 * sees and touches only the deals of the caller's organisation, because the application's role
 * runs under row-level security.
 */
describe('row-level security on PostgreSQL', () => {
  let ctx: TestContext;
  let app: OpenedPostgres;
  let orgs: Record<'bank' | 'atlantique' | 'rhone', string>;
  let deals: Record<'tilleuls' | 'terrasses', string>;

  const as =
    (scope: TenantScope) =>
    <T>(work: () => Promise<T>) =>
      runInTenantScope(scope, work);

  beforeAll(async () => {
    ctx = await createTestContext({ store: 'postgres' });
    app = openPostgres({ url: ctx.config.database.url ?? '', appRole: DEFAULT_DATABASE_APP_ROLE });
    const byName = Object.fromEntries((await ctx.stores.orgs.list()).map((o) => [o.name, o.id]));
    orgs = {
      bank: byName['Banque Horizon'] ?? '',
      atlantique: byName['Atlantique Promotion'] ?? '',
      rhone: byName['Rhône Habitat'] ?? '',
    };
    const dealRows = await runAsSystem(() => app.db.selectFrom('deals').select(['id', 'name']).execute());
    deals = {
      tilleuls: dealRows.find((d) => d.name === 'Résidence Les Tilleuls')?.id ?? '',
      terrasses: dealRows.find((d) => d.name === 'Les Terrasses du Rhône')?.id ?? '',
    };
  });
  afterAll(async () => {
    await app?.db.destroy();
    await app?.owner.destroy();
    await ctx?.close();
  });

  it('shows an organisation only its own deals, even to a query with no tenant filter', async () => {
    const dealsSeenBy = (orgId: string) =>
      as({ kind: 'org', orgId })(() => app.db.selectFrom('deals').select('name').orderBy('name').execute());
    expect((await dealsSeenBy(orgs.rhone)).map((d) => d.name)).toEqual(['Les Terrasses du Rhône']);
    expect((await dealsSeenBy(orgs.atlantique)).map((d) => d.name)).toEqual(['Résidence Les Tilleuls']);
    expect(await dealsSeenBy(orgs.bank)).toHaveLength(2);

    // Deeds, their update logs and versions follow their deal.
    const deedDeals = await as({ kind: 'org', orgId: orgs.rhone })(() =>
      app.db.selectFrom('deeds').select('deal_id').distinct().execute(),
    );
    expect(deedDeals.map((d) => d.deal_id)).toEqual([deals.terrasses]);
    const foreignUpdates = await as({ kind: 'org', orgId: orgs.rhone })(() =>
      app.db
        .selectFrom('deed_updates')
        .innerJoin('deeds', 'deeds.id', 'deed_updates.deed_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deeds.deal_id', '=', deals.tilleuls)
        .executeTakeFirstOrThrow(),
    );
    expect(Number(foreignUpdates.n)).toBe(0);
  });

  it('shows nothing to an anonymous request, nor to a connection that never said who it is', async () => {
    const anonymous = await as({ kind: 'anonymous' })(() => app.db.selectFrom('deeds').selectAll().execute());
    expect(anonymous).toEqual([]);
    const raw = new pg.Client({ connectionString: ctx.config.database.url });
    await raw.connect();
    try {
      await raw.query(`SET ROLE ${DEFAULT_DATABASE_APP_ROLE}`);
      expect((await raw.query('SELECT * FROM deals')).rowCount).toBe(0);
      expect((await raw.query('SELECT * FROM workflow_items')).rowCount).toBe(0);
    } finally {
      await raw.end();
    }
  });

  it('refuses to write into another organisation’s deal and changes nothing there', async () => {
    const rhone = as({ kind: 'org', orgId: orgs.rhone });
    const [tilleulsDeed] = await ctx.stores.deeds.listByDeal(deals.tilleuls);
    await expect(
      rhone(() =>
        app.db
          .insertInto('deed_comment_threads')
          .values({
            id: createId(),
            deed_id: tilleulsDeed?.id ?? '',
            deal_id: deals.tilleuls,
            visibility: 'all',
            org_id: orgs.rhone,
            anchor_from: 'x',
            anchor_to: 'x',
            quote: 'espionnage',
            status: 'open',
            resolved_by: null,
            resolved_at: null,
            created_by: 'nobody',
            created_at: new Date().toISOString(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const renamed = await rhone(() =>
      app.db.updateTable('deals').set({ name: 'Piraté' }).where('id', '=', deals.tilleuls).executeTakeFirst(),
    );
    expect(Number(renamed.numUpdatedRows)).toBe(0);
    const deleted = await rhone(() =>
      app.db
        .deleteFrom('deed_updates')
        .where('deed_id', '=', tilleulsDeed?.id ?? '')
        .executeTakeFirst(),
    );
    expect(Number(deleted.numDeletedRows)).toBe(0);
    expect((await ctx.stores.deals.findById(deals.tilleuls))?.name).toBe('Résidence Les Tilleuls');
  });

  it('lets the application append to the audit log but never rewrite it', async () => {
    await expect(runAsSystem(() => sql`UPDATE audit_log SET detail = '{}'`.execute(app.db))).rejects.toThrow(
      /permission denied/,
    );
    await expect(runAsSystem(() => sql`DELETE FROM audit_log`.execute(app.db))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('answers the API’s own requests through the wall: a rival developer’s probe is a 404', async () => {
    const karim = await ctx.signIn('karim.benali@rhone-habitat.example');
    const res = await ctx.request('GET', `/api/deals/${deals.tilleuls}`, { as: karim });
    expect(res.status).toBe(404);
    const mine = await ctx.request('GET', `/api/deals/${deals.terrasses}`, { as: karim });
    expect(mine.status).toBe(200);
  });
});
