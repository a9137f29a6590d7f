import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNE, JULIE, KARIM, MARIE, TERRASSES, TILLEULS } from './support/emails';
import {
  type Caller,
  createTestContext,
  findDealId,
  readError,
  type TestContext,
} from './support/test-context';

let ctx: TestContext;
let julie: Caller;
let karim: Caller;
let marie: Caller;
let julieDeal: string;
let karimDeal: string;

beforeAll(async () => {
  ctx = await createTestContext();
  julie = await ctx.signIn(JULIE);
  karim = await ctx.signIn(KARIM);
  marie = await ctx.signIn(MARIE);
  julieDeal = await findDealId(ctx, julie, TILLEULS);
  karimDeal = await findDealId(ctx, karim, TERRASSES);
});
afterAll(async () => {
  await ctx.close();
});

async function bodyText(res: Response): Promise<string> {
  return res.text();
}

describe('the Chinese wall between competing developers', () => {
  it('lists only the caller’s own deals', async () => {
    const res = await ctx.request('GET', '/api/deals', { as: julie });
    const text = await bodyText(res);
    expect(text).toContain(TILLEULS);
    expect(text).not.toContain(TERRASSES);
    expect(text).not.toContain('Rhône Habitat');
    expect(text).not.toContain(karimDeal);
  });

  it('answers a foreign deal exactly like a deal that does not exist (404, same body)', async () => {
    for (const path of ['', '/staff', '/deeds']) {
      const foreign = await ctx.request('GET', `/api/deals/${karimDeal}${path}`, { as: julie });
      const missing = await ctx.request('GET', `/api/deals/doesNotExist000000000${path}`, { as: julie });
      expect(foreign.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(await bodyText(foreign)).toBe(await bodyText(missing));
    }
  });

  it('answers 404, not 403, to writes on a foreign deal', async () => {
    const res = await ctx.request('PATCH', `/api/deals/${karimDeal}`, {
      as: julie,
      body: { name: 'Piraté' },
    });
    expect(res.status).toBe(404);
    const check = await ctx.request('GET', `/api/deals/${karimDeal}`, { as: karim });
    expect(((await check.json()) as { name: string }).name).toBe(TERRASSES);
  });

  it('never shows a developer the other developer as an organisation', async () => {
    const text = await bodyText(await ctx.request('GET', '/api/orgs', { as: julie }));
    expect(text).toContain('Atlantique Promotion');
    expect(text).not.toContain('Rhône Habitat');
    expect(text).not.toContain('Banque Horizon');
  });

  it('hides another organisation’s members behind a 404', async () => {
    const orgs = (await (await ctx.request('GET', '/api/orgs', { as: marie })).json()) as {
      orgs: Array<{ id: string; name: string }>;
    };
    const rhone = orgs.orgs.find((o) => o.name === 'Rhône Habitat');
    expect(rhone).toBeDefined();
    const res = await ctx.request('GET', `/api/orgs/${rhone?.id}/users`, { as: julie });
    expect(res.status).toBe(404);
    expect(await bodyText(res)).not.toContain('Karim');
  });

  it('offers as staffing candidates only people of the deal’s own parties', async () => {
    const res = await ctx.request('GET', `/api/deals/${julieDeal}/staff-candidates`, { as: marie });
    const text = await bodyText(res);
    expect(res.status).toBe(200);
    expect(text).not.toContain(KARIM);
    expect(text).not.toContain('Rhône Habitat');
  });

  it('refuses to staff a foreign developer’s employee, as if they did not exist', async () => {
    const karimUser = await ctx.stores.users.findByEmail(KARIM);
    const res = await ctx.request('POST', `/api/deals/${julieDeal}/staff`, {
      as: marie,
      body: { userId: karimUser?.id, role: 'developer_lead' },
    });
    expect(res.status).toBe(404);
    const ghost = await ctx.request('POST', `/api/deals/${julieDeal}/staff`, {
      as: marie,
      body: { userId: 'noSuchUser00000000000', role: 'developer_lead' },
    });
    expect(await readError(res)).toEqual(await readError(ghost));
  });

  it('applies staffing changes at once: removed from a deal, the deal disappears', async () => {
    const anne = await ctx.signIn(ANNE);
    const anneUser = await ctx.stores.users.findByEmail(ANNE);
    expect((await ctx.request('GET', `/api/deals/${karimDeal}`, { as: anne })).status).toBe(200);
    const removed = await ctx.request('DELETE', `/api/deals/${karimDeal}/staff/${anneUser?.id}`, {
      as: marie,
    });
    expect(removed.status).toBe(200);
    expect((await ctx.request('GET', `/api/deals/${karimDeal}`, { as: anne })).status).toBe(404);
    const list = await bodyText(await ctx.request('GET', '/api/deals', { as: anne }));
    expect(list).not.toContain(TERRASSES);
    // And back.
    const restaged = await ctx.request('POST', `/api/deals/${karimDeal}/staff`, {
      as: marie,
      body: { userId: anneUser?.id, role: 'notary' },
    });
    expect(restaged.status).toBe(200);
    expect((await ctx.request('GET', `/api/deals/${karimDeal}`, { as: anne })).status).toBe(200);
  });

  it('refuses a role that does not fit the person’s organisation', async () => {
    const julieUser = await ctx.stores.users.findByEmail(JULIE);
    const res = await ctx.request('POST', `/api/deals/${julieDeal}/staff`, {
      as: marie,
      body: { userId: julieUser?.id, role: 'bank_manager' },
    });
    expect(res.status).toBe(400);
  });

  it('keeps at least one bank manager on a deal', async () => {
    const marieUser = await ctx.stores.users.findByEmail(MARIE);
    const res = await ctx.request('DELETE', `/api/deals/${julieDeal}/staff/${marieUser?.id}`, { as: marie });
    expect(res.status).toBe(409);
  });

  it('logs the foreign probe as a denied access in the audit trail', async () => {
    await ctx.request('GET', `/api/deals/${karimDeal}`, { as: julie });
    const entries = await ctx.stores.audit.listAfter(0, 10_000);
    const julieUser = await ctx.stores.users.findByEmail(JULIE);
    expect(
      entries.some(
        (e) => e.actorId === julieUser?.id && e.outcome === 'denied' && e.target === `deal:${karimDeal}`,
      ),
    ).toBe(true);
  });
});
