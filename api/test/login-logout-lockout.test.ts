import { LIMITS, SESSION_COOKIE } from '@deedroom/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/services/audit/verify-audit-chain';
import { JULIE, KARIM } from './support/emails';
import { createTestContext, DEMO_PASSWORD, readError, type TestContext } from './support/test-context';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

function sessionCookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = header.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`));
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return `${SESSION_COOKIE}=${match[1]}`;
}

describe('login', () => {
  it('opens a session with an HttpOnly SameSite=Lax cookie and returns the user and a CSRF token', async () => {
    const res = await ctx.request('POST', '/api/auth/login', {
      body: { email: JULIE, password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { user: { email: string; orgName: string }; csrfToken: string };
    expect(body.user.email).toBe(JULIE);
    expect(body.user.orgName).toBe('Atlantique Promotion');
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(JSON.stringify(body)).not.toContain('argon2');

    const me = await ctx.request('GET', '/api/auth/session', { headers: { cookie: sessionCookieOf(res) } });
    expect(me.status).toBe(200);
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const res = await ctx.request('POST', '/api/auth/login', {
      body: { email: `  ${JULIE.toUpperCase()} `, password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
  });

  it('answers the same 401 for a wrong password and an unknown account', async () => {
    const wrong = await ctx.request('POST', '/api/auth/login', {
      body: { email: JULIE, password: 'nope-nope-nope' },
    });
    const unknown = await ctx.request('POST', '/api/auth/login', {
      body: { email: 'nobody@nowhere.example', password: 'nope-nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await readError(wrong)).toEqual(await readError(unknown));
  });

  it('stores only an argon2id hash of the password', async () => {
    const user = await ctx.stores.users.findByEmail(JULIE);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(DEMO_PASSWORD);
  });
});

describe('logout', () => {
  it('ends the session: the same cookie is then refused', async () => {
    const caller = await ctx.signIn(JULIE);
    expect((await ctx.request('GET', '/api/deals', { as: caller })).status).toBe(200);
    const res = await ctx.request('POST', '/api/auth/logout', { as: caller });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    const after = await ctx.request('GET', '/api/deals', { as: caller });
    expect(after.status).toBe(401);
    expect((await readError(after)).code).toBe('UNAUTHENTICATED');
  });

  it('expires idle sessions', async () => {
    const caller = await ctx.signIn(JULIE);
    ctx.clock.advance(LIMITS.sessionIdleMs + 1000);
    expect((await ctx.request('GET', '/api/deals', { as: caller })).status).toBe(401);
  });
});

describe('lockout', () => {
  const attempt = (email: string, password: string) =>
    ctx.request('POST', '/api/auth/login', { body: { email, password } });

  it(`locks the account after ${LIMITS.loginFailuresBeforeLock} failures, even for the right password, then unlocks`, async () => {
    for (let i = 0; i < LIMITS.loginFailuresBeforeLock; i += 1) {
      expect((await attempt(KARIM, `wrong-password-${i}`)).status).toBe(401);
    }
    const locked = await attempt(KARIM, DEMO_PASSWORD);
    expect(locked.status).toBe(423);
    expect((await readError(locked)).code).toBe('ACCOUNT_LOCKED');
    // Another account is not affected.
    expect((await attempt(JULIE, DEMO_PASSWORD)).status).toBe(200);

    ctx.clock.advance(LIMITS.accountLockMs + 1000);
    expect((await attempt(KARIM, DEMO_PASSWORD)).status).toBe(200);
  });

  it('locks unknown addresses the same way, so lockout does not reveal which accounts exist', async () => {
    for (let i = 0; i < LIMITS.loginFailuresBeforeLock; i += 1) {
      await attempt('ghost@nowhere.example', `wrong-${i}`);
    }
    expect((await attempt('ghost@nowhere.example', 'whatever')).status).toBe(423);
  });

  it('records failures and the lock in a valid audit chain', async () => {
    for (let i = 0; i < LIMITS.loginFailuresBeforeLock + 1; i += 1) await attempt(KARIM, `bad-${i}`);
    const entries = await ctx.stores.audit.listAfter(0, 1000);
    const logins = entries.filter((e) => e.action === 'auth.login' && e.target === KARIM);
    expect(logins.map((e) => e.outcome)).toEqual([
      ...Array(LIMITS.loginFailuresBeforeLock).fill('failure'),
      'denied',
    ]);
    expect(await verifyAuditChain(ctx.stores.audit)).toEqual({ ok: true, checked: entries.length });
  });

  it('rate-limits login attempts per client address', async () => {
    let last: Response | undefined;
    for (let i = 0; i <= LIMITS.loginAttemptsPerMinutePerAddress; i += 1) {
      last = await attempt(`user${i}@nowhere.example`, 'whatever-password');
    }
    expect(last?.status).toBe(429);
    expect(last && (await readError(last)).code).toBe('RATE_LIMITED');
    ctx.clock.advance(61_000);
    expect((await attempt(JULIE, DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('password change', () => {
  it('requires the current password, then only the new one works and other sessions end', async () => {
    const here = await ctx.signIn(JULIE);
    const elsewhere = await ctx.signIn(JULIE);
    const refused = await ctx.request('POST', '/api/auth/password', {
      as: here,
      body: { currentPassword: 'not-my-password', newPassword: 'a-much-better-passphrase' },
    });
    expect(refused.status).toBe(401);

    const tooShort = await ctx.request('POST', '/api/auth/password', {
      as: here,
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(tooShort.status).toBe(400);
    expect((await readError(tooShort)).code).toBe('VALIDATION_FAILED');

    const ok = await ctx.request('POST', '/api/auth/password', {
      as: here,
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'a-much-better-passphrase' },
    });
    expect(ok.status).toBe(200);
    expect((await ctx.request('GET', '/api/deals', { as: here })).status).toBe(200);
    expect((await ctx.request('GET', '/api/deals', { as: elsewhere })).status).toBe(401);
    expect((await attempt(JULIE, DEMO_PASSWORD)).status).toBe(401);
    expect((await attempt(JULIE, 'a-much-better-passphrase')).status).toBe(200);
  });

  const attempt = (email: string, password: string) =>
    ctx.request('POST', '/api/auth/login', { body: { email, password } });
});
