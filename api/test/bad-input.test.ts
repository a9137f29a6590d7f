import { LIMITS } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARIE, TILLEULS } from './support/emails';
import {
  type Caller,
  createTestContext,
  findDealId,
  readError,
  type TestContext,
} from './support/test-context';

let ctx: TestContext;
let marie: Caller;
let dealId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  marie = await ctx.signIn(MARIE);
  dealId = await findDealId(ctx, marie, TILLEULS);
});
afterAll(async () => {
  await ctx.close();
});

async function dealName(): Promise<string> {
  const res = await ctx.request('GET', `/api/deals/${dealId}`, { as: marie });
  return ((await res.json()) as { name: string }).name;
}

describe('bad input answers 400 with a stable code and changes nothing', () => {
  it.each([
    ['truncated JSON', '{"name": "x"'],
    ['not JSON at all', 'hello'],
    ['an empty body', ''],
  ])('%s -> 400 INVALID_JSON', async (_label, rawBody) => {
    const res = await ctx.request('PATCH', `/api/deals/${dealId}`, { as: marie, rawBody });
    expect(res.status).toBe(400);
    expect(['INVALID_JSON', 'VALIDATION_FAILED']).toContain((await readError(res)).code);
    expect(await dealName()).toBe(TILLEULS);
  });

  it('a wrong field type -> 400 VALIDATION_FAILED with the zod issues', async () => {
    const res = await ctx.request('PATCH', `/api/deals/${dealId}`, { as: marie, body: { lots: 'quarante' } });
    expect(res.status).toBe(400);
    const error = await readError(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toMatchObject({ issues: [expect.objectContaining({ path: 'lots' })] });
  });

  it('unknown fields are refused rather than ignored', async () => {
    const res = await ctx.request('PATCH', `/api/deals/${dealId}`, {
      as: marie,
      body: { name: 'X', isAdmin: true },
    });
    expect(res.status).toBe(400);
    expect(await dealName()).toBe(TILLEULS);
  });

  it('out-of-range numbers and over-long strings are refused', async () => {
    for (const body of [
      { lots: -1 },
      { lots: 1.5 },
      { amountCents: LIMITS.maxDealAmountCents + 1 },
      { name: 'x'.repeat(LIMITS.dealNameMaxLength + 1) },
      { name: '   ' },
      { status: 'bribed' },
      {},
    ]) {
      const res = await ctx.request('PATCH', `/api/deals/${dealId}`, { as: marie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await dealName()).toBe(TILLEULS);
  });

  it('a body over the limit -> 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await ctx.request('PATCH', `/api/deals/${dealId}`, {
      as: marie,
      body: { name: 'x'.repeat(LIMITS.maxJsonBodyBytes + 10) },
    });
    expect(res.status).toBe(413);
    expect((await readError(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('malformed ids in the path -> 400, never 500', async () => {
    const res = await ctx.request('GET', `/api/deals/${encodeURIComponent('../../etc/passwd')}`, {
      as: marie,
    });
    expect(res.status).toBe(400);
  });

  it('an unknown API route -> 404 NOT_FOUND in JSON', async () => {
    const res = await ctx.request('GET', '/api/nothing-here', { as: marie });
    expect(res.status).toBe(404);
    expect((await readError(res)).code).toBe('NOT_FOUND');
  });

  it('a bad login payload -> 400 VALIDATION_FAILED', async () => {
    const res = await ctx.request('POST', '/api/auth/login', {
      body: { email: 'not-an-email', password: 'x' },
    });
    expect(res.status).toBe(400);
    expect((await readError(res)).code).toBe('VALIDATION_FAILED');
  });

  it('keeps serving after all of the above', async () => {
    expect((await ctx.request('GET', '/api/health')).status).toBe(200);
  });
});

describe('a body without a content type', () => {
  it('is treated as missing JSON, not as a server error', async () => {
    const res = await ctx.app.request(`http://deedroom.test/api/deals/${dealId}`, {
      method: 'PATCH',
      headers: { cookie: marie.cookie, 'x-csrf-token': marie.csrfToken },
      body: '{"name":"Sans type"}',
    });
    expect(res.status).toBeLessThan(500);
    expect(await dealName()).toBe(TILLEULS);
  });
});
