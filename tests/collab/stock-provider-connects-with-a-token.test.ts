import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { JULIE, KARIM, PASSWORD, PAUL, TERRASSES, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';
import { openRawSocket } from './support/raw-socket';

let app: Awaited<ReturnType<typeof startApp>>;
let julie: ApiSession;
let paul: ApiSession;
let deedId: string;
const clients: ProviderClient[] = [];

beforeAll(async () => {
  app = await startApp();
  julie = await logIn(app.url, JULIE, PASSWORD);
  paul = await logIn(app.url, PAUL, PASSWORD);
  deedId = await findDeedId(julie, TILLEULS);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app?.dispose();
});

function track(client: ProviderClient): ProviderClient {
  clients.push(client);
  return client;
}

describe('the stock y-websocket WebsocketProvider', () => {
  it('connects with a valid token, syncs, and two clients see each other’s edits', async () => {
    const a = track(openProvider(app.url, deedId, await issueCollabToken(julie, deedId)));
    const b = track(openProvider(app.url, deedId, await issueCollabToken(paul, deedId)));
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    // The seeded convention de crédit arrives with the first sync.
    expect(bodyOf(a.doc)).toContain('Définitions et interprétation');
    appendParagraph(a.doc, 'Ajout de Julie n° 1');
    await expect.poll(() => bodyOf(b.doc)).toContain('Ajout de Julie n° 1');
    appendParagraph(b.doc, 'Réponse de Paul n° 1');
    await expect.poll(() => bodyOf(a.doc)).toContain('Réponse de Paul n° 1');
    expect(bodyOf(a.doc)).toBe(bodyOf(b.doc));
  });

  it('is refused without a token (4401) and never syncs', async () => {
    const c = track(openProvider(app.url, deedId, null));
    await expect.poll(() => c.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
    expect(c.provider.synced).toBe(false);
  });

  it('is refused with a token issued for another deed', async () => {
    const gfaId = await findDeedId(julie, TILLEULS, 'gfa');
    const c = track(openProvider(app.url, deedId, await issueCollabToken(julie, gfaId)));
    await expect.poll(() => c.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
    expect(c.provider.synced).toBe(false);
  });

  it('is refused with a forged or expired-looking token', async () => {
    const token = await issueCollabToken(julie, deedId);
    const [payload = '', signature = ''] = token.split('.');
    const forged = `${payload}.${signature.slice(0, -2)}AA`;
    const c = track(openProvider(app.url, deedId, forged));
    await expect.poll(() => c.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
  });

  it('does not issue a token for a deed behind the Chinese wall (404)', async () => {
    const karim = await logIn(app.url, KARIM, PASSWORD);
    const foreignDeed = await findDeedId(karim, TERRASSES);
    const res = await fetch(`${app.url}/api/deeds/${foreignDeed}/collab-token`, {
      method: 'POST',
      headers: { cookie: julie.cookie, 'x-csrf-token': julie.csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
    // Karim's own token opens only Karim's deed, never Julie's.
    const c = track(openProvider(app.url, deedId, await issueCollabToken(karim, foreignDeed)));
    await expect.poll(() => c.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
    // The session cookie alone works for one's own deed and answers 4404 behind the wall.
    const own = openRawSocket(app.url, deedId, null, { cookie: julie.cookie });
    await own.opened;
    await expect.poll(() => own.messages.length).toBeGreaterThan(0);
    own.ws.close();
    const walled = openRawSocket(app.url, foreignDeed, null, { cookie: julie.cookie });
    expect((await walled.closed).code).toBe(COLLAB_CLOSE.NOT_FOUND);
  });

  it('refuses the upgrade from a foreign Origin', async () => {
    const socket = openRawSocket(app.url, deedId, await issueCollabToken(julie, deedId), {
      origin: 'https://evil.example',
    });
    expect((await socket.closed).code).toBe(403);
  });
});
