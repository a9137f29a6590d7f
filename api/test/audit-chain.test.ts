import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/services/audit/verify-audit-chain';
import { JULIE, KARIM, MARIE, TERRASSES } from './support/emails';
import { createTestContext, findDealId, type TestContext } from './support/test-context';

const run = promisify(execFile);
let ctx: TestContext;

beforeEach(async () => {
  ctx = await createTestContext();
  const marie = await ctx.signIn(MARIE);
  const julie = await ctx.signIn(JULIE);
  const karim = await ctx.signIn(KARIM);
  const dealId = await findDealId(ctx, karim, TERRASSES);
  await ctx.request('GET', `/api/deals/${dealId}`, { as: julie });
  await ctx.request('PATCH', `/api/deals/${dealId}`, { as: marie, body: { status: 'signing' } });
});
afterEach(async () => {
  await ctx.close();
});

function tamper(sql: string): void {
  const db = new SqliteDatabase(path.join(ctx.dataDir, 'deedroom.sqlite'));
  db.exec(sql);
  db.close();
}

async function runCli(): Promise<{ code: number; stdout: string }> {
  const cli = path.resolve(import.meta.dirname, '../src/cli/verify-audit.ts');
  const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');
  try {
    const { stdout } = await run(tsx, [cli], { env: { ...process.env, DEEDROOM_DATA_DIR: ctx.dataDir } });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('hash-chained audit log', () => {
  it('records logins, denied probes and changes, and verifies intact', async () => {
    const entries = await ctx.stores.audit.listAfter(0, 1000);
    const actions = entries.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toContain('auth.login:success');
    expect(actions).toContain('deal.view:denied');
    expect(actions).toContain('deal.update:success');
    expect(entries.every((e, i) => i === 0 || e.prevHash === entries[i - 1]?.hash)).toBe(true);
    expect(await verifyAuditChain(ctx.stores.audit)).toEqual({ ok: true, checked: entries.length });
  });

  it('detects an edited entry and names it', async () => {
    tamper(`UPDATE audit_log SET action = 'auth.logout' WHERE seq = 3`);
    const result = await verifyAuditChain(ctx.stores.audit);
    expect(result).toMatchObject({ ok: false, brokenSeq: 3, checked: 2 });
  });

  it('detects an entry whose hash was recomputed (the link to the next one breaks)', async () => {
    tamper(`UPDATE audit_log SET detail = '{"forged":true}', hash = '${'a'.repeat(64)}' WHERE seq = 2`);
    const result = await verifyAuditChain(ctx.stores.audit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.brokenSeq).toBe(2);
  });

  it('detects a deleted entry', async () => {
    tamper('DELETE FROM audit_log WHERE seq = 4');
    expect(await verifyAuditChain(ctx.stores.audit)).toMatchObject({ ok: false, brokenSeq: 4 });
  });

  it('the verify-audit command exits 0 on an intact log and 1 with the broken entry after tampering', async () => {
    await ctx.stores.close();
    const intact = await runCli();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: \d+ entries/);
    tamper(`UPDATE audit_log SET actor_id = NULL WHERE seq = 5`);
    const broken = await runCli();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('BROKEN at entry 5');
  });
});
