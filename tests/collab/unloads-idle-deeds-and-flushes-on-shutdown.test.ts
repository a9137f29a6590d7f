import fs from 'node:fs';
import { loadConfig, startServer } from '@deedroom/api';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider } from './support/open-provider';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('room lifecycle', () => {
  it('unloads a deed nobody is editing, compacting its log into a snapshot, and reloads it intact', async () => {
    const app = await startApp({ DEEDROOM_COLLAB_IDLE_UNLOAD_MS: '50' });
    try {
      const paul = await logIn(app.url, PAUL, PASSWORD);
      const deedId = await findDeedId(paul, TILLEULS);
      const client = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
      await client.waitForSync();
      expect(app.collab.stats().rooms).toBe(1);
      for (let i = 0; i < 20; i += 1) appendParagraph(client.doc, `Alinéa ${i}`);
      const expected = bodyOf(client.doc);
      const reader = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
      await reader.waitForSync();
      await expect.poll(() => bodyOf(reader.doc)).toBe(expected);
      client.destroy();
      reader.destroy();

      await expect.poll(() => app.collab.stats().rooms).toBe(0);
      const stored = await app.deps.stores.deedUpdates.load(deedId);
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toEqual([]);

      const again = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
      await again.waitForSync();
      expect(bodyOf(again.doc)).toBe(expected);
      again.destroy();
    } finally {
      await app.dispose();
    }
  });

  it('commits everything on graceful shutdown: a restart finds every edit', async () => {
    const app = await startApp();
    dirs.push(app.dataDir);
    const paul = await logIn(app.url, PAUL, PASSWORD);
    const deedId = await findDeedId(paul, TILLEULS);
    const client = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    await client.waitForSync();
    for (let i = 0; i < 50; i += 1) appendParagraph(client.doc, `Avant l’arrêt ${i}`);
    const observer = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    await observer.waitForSync();
    await expect.poll(() => bodyOf(observer.doc)).toContain('Avant l’arrêt 49');
    await app.close();
    await expect.poll(() => client.closeCodes).toContain(1001);
    client.destroy();
    observer.destroy();

    const restarted = await startServer({
      config: loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DEEDROOM_DATA_DIR: app.dataDir,
        LOG_LEVEL: 'silent',
      }),
    });
    try {
      const session = await logIn(restarted.url, PAUL, PASSWORD);
      const check = openProvider(restarted.url, deedId, await issueCollabToken(session, deedId));
      await check.waitForSync();
      for (let i = 0; i < 50; i += 1) expect(bodyOf(check.doc)).toContain(`Avant l’arrêt ${i}<`);
      check.destroy();
    } finally {
      await restarted.close();
    }
  });
});
