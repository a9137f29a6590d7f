import { loadConfig, startServer } from '@deedroom/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { JULIE, PASSWORD, TILLEULS } from './support/fixtures';
import { openProvider } from './support/open-provider';

let app: Awaited<ReturnType<typeof startApp>>;
let collabNode: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  app = await startApp();
  collabNode = await startServer({
    // The same store as the API node: tokens and deeds are shared through it.
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', DEEDROOM_DATA_DIR: app.dataDir, LOG_LEVEL: 'silent' }),
    mode: 'collab',
  });
});
afterAll(async () => {
  await collabNode?.close();
  await app?.dispose();
});

describe('the collaboration server on its own', () => {
  it('serves /collab with tokens issued by the API node, and nothing else', async () => {
    const julie = await logIn(app.url, JULIE, PASSWORD);
    const deedId = await findDeedId(julie, TILLEULS);
    const client = openProvider(collabNode.url, deedId, await issueCollabToken(julie, deedId));
    await client.waitForSync();
    expect(bodyOf(client.doc)).toContain('Définitions et interprétation');
    appendParagraph(client.doc, 'Écrit via le nœud de collaboration');
    const check = openProvider(collabNode.url, deedId, await issueCollabToken(julie, deedId));
    await check.waitForSync();
    expect(bodyOf(check.doc)).toContain('Écrit via le nœud de collaboration');
    expect((await fetch(`${collabNode.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${collabNode.url}/api/deals`)).status).toBe(404);
    client.destroy();
    check.destroy();
  });
});
