import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JULIE, TILLEULS } from './support/emails';
import { createTestContext, findDealId, readError, type TestContext } from './support/test-context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('CSRF protection on state-changing requests', () => {
  it('refuses a logged-in POST without the X-CSRF-Token header, and changes nothing', async () => {
    const julie = await ctx.signIn(JULIE);
    const res = await ctx.request('POST', '/api/auth/logout', { as: julie, omitCsrf: true });
    expect(res.status).toBe(403);
    expect((await readError(res)).code).toBe('CSRF_REJECTED');
    expect((await ctx.request('GET', '/api/deals', { as: julie })).status).toBe(200);
  });

  it('refuses a wrong token', async () => {
    const julie = await ctx.signIn(JULIE);
    const res = await ctx.request('POST', '/api/auth/logout', {
      as: { ...julie, csrfToken: 'x'.repeat(julie.csrfToken.length) },
    });
    expect(res.status).toBe(403);
  });

  it('refuses another session’s token', async () => {
    const one = await ctx.signIn(JULIE);
    const two = await ctx.signIn(JULIE);
    const res = await ctx.request('POST', '/api/auth/logout', { as: { ...one, csrfToken: two.csrfToken } });
    expect(res.status).toBe(403);
  });

  it('refuses a request from a foreign Origin, even with the token', async () => {
    const julie = await ctx.signIn(JULIE);
    const res = await ctx.request('POST', '/api/auth/logout', {
      as: julie,
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect((await readError(res)).code).toBe('CSRF_REJECTED');
  });

  it('refuses requests the browser marks as cross-site', async () => {
    const res = await ctx.request('POST', '/api/auth/login', {
      body: { email: JULIE, password: 'x' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });

  it('refuses form-encoded bodies (what a cross-site HTML form would send)', async () => {
    const julie = await ctx.signIn(JULIE);
    const dealId = await findDealId(ctx, julie, TILLEULS);
    const res = await ctx.request('PATCH', `/api/deals/${dealId}`, {
      as: julie,
      rawBody: 'name=pwned',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect((await readError(res)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts the same origin with the right token', async () => {
    const julie = await ctx.signIn(JULIE);
    const res = await ctx.request('POST', '/api/auth/logout', {
      as: julie,
      headers: { origin: 'http://deedroom.test' },
    });
    expect(res.status).toBe(200);
  });
});
