import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Kysely, type Migration, Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStores } from '../src/store/create-stores';
import { migrateToLatest } from '../src/store/migrate';
import { openSqlite } from '../src/store/open-sqlite';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-migrate-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('versioned migrations', () => {
  it('create every table on an empty database, with WAL and foreign keys on', async () => {
    const dir = tempDir();
    const { db } = openSqlite(dir);
    const applied = await migrateToLatest(db as unknown as Kysely<unknown>);
    expect(applied).toEqual([
      '001-initial',
      '002-deed-update-log',
      '003-deed-controls',
      '004-deed-comments',
      '005-deed-versions',
      '006-vault',
      '007-workflow',
      '008-signatures',
      '009-scale-out',
    ]);
    await db.destroy();
    const raw = new SqliteDatabase(path.join(dir, 'deedroom.sqlite'));
    const tables = raw
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual([
      'audit_log',
      'calendar_feeds',
      'deal_parties',
      'deal_staff',
      'deal_workflows',
      'deals',
      'deed_approvals',
      'deed_comment_threads',
      'deed_comments',
      'deed_edit_activity',
      'deed_lock_events',
      'deed_snapshots',
      'deed_updates',
      'deed_versions',
      'deeds',
      'digests_sent',
      'login_throttle',
      'notification_settings',
      'notifications',
      'orgs',
      'reminders_sent',
      'sessions',
      'signature_events',
      'signature_requests',
      'signature_signers',
      'users',
      'vault_category_corrections',
      'vault_documents',
      'vault_requests',
      'vault_uploads',
      'vault_versions',
      'workflow_item_events',
      'workflow_items',
      'workflow_templates',
    ]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('apply nothing again on an existing database and keep its data', async () => {
    const dir = tempDir();
    const first = await createStores({ dataDir: dir });
    await first.orgs.create({
      id: 'org1',
      name: 'Banque Test',
      kind: 'bank',
      createdAt: new Date().toISOString(),
    });
    await first.close();

    const { db } = openSqlite(dir);
    expect(await migrateToLatest(db as unknown as Kysely<unknown>)).toEqual([]);
    await db.destroy();
    const second = await createStores({ dataDir: dir });
    expect((await second.orgs.list()).map((o) => o.name)).toEqual(['Banque Test']);
    await second.close();
  });

  it('give deals opened before the vault the default checklist', async () => {
    const dir = tempDir();
    const { db } = openSqlite(dir);
    const before: Record<string, Migration> = {};
    for (const name of [
      '001-initial',
      '002-deed-update-log',
      '003-deed-controls',
      '004-deed-comments',
      '005-deed-versions',
    ]) {
      before[name] = (await import(`../src/store/migrations/${name}.ts`)) as Migration;
    }
    const old = new Migrator({
      db: db as unknown as Kysely<unknown>,
      provider: { getMigrations: async () => before },
    });
    expect((await old.migrateToLatest()).error).toBeUndefined();
    const now = new Date().toISOString();
    await db.insertInto('orgs').values({ id: 'b', name: 'Banque', kind: 'bank', created_at: now }).execute();
    await db
      .insertInto('users')
      .values({
        id: 'u',
        org_id: 'b',
        email: 'u@b.example',
        name: 'U',
        password_hash: 'h',
        is_admin: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('deals')
      .values({
        id: 'd',
        name: 'Ancien dossier',
        city: 'Nantes',
        lots: 1,
        amount_cents: 1,
        status: 'draft',
        created_by: 'u',
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect(await migrateToLatest(db as unknown as Kysely<unknown>)).toEqual([
      '006-vault',
      '007-workflow',
      '008-signatures',
      '009-scale-out',
    ]);
    const requests = await db.selectFrom('vault_requests').selectAll().where('deal_id', '=', 'd').execute();
    expect(requests).toHaveLength(15);
    expect(requests.filter((r) => r.mandatory === 1)).toHaveLength(10);
    await db.destroy();
  });

  it('enforce foreign keys', async () => {
    const stores = await createStores({ dataDir: tempDir() });
    await expect(
      stores.users.create({
        id: 'u1',
        orgId: 'no-such-org',
        email: 'x@y.example',
        name: 'X',
        passwordHash: 'h',
        isAdmin: false,
        createdAt: '',
        updatedAt: '',
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    await stores.close();
  });
});
