import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { JULIE, MARIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';

let app: Awaited<ReturnType<typeof startApp>>;
let marie: ApiSession;
let julie: ApiSession;
let paul: ApiSession;
let deedId: string;
let dealId: string;
const clients: ProviderClient[] = [];

beforeEach(async () => {
  app = await startApp();
  marie = await logIn(app.url, MARIE, PASSWORD);
  julie = await logIn(app.url, JULIE, PASSWORD);
  paul = await logIn(app.url, PAUL, PASSWORD);
  deedId = await findDeedId(julie, TILLEULS);
  const { deals } = await callApi<{ deals: Array<{ id: string; name: string }> }>(marie, 'GET', '/api/deals');
  dealId = deals.find((d) => d.name === TILLEULS)?.id ?? '';
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await app?.dispose();
});

async function connect(session: ApiSession): Promise<ProviderClient> {
  const client = openProvider(app.url, deedId, await issueCollabToken(session, deedId));
  clients.push(client);
  await client.waitForSync();
  return client;
}

describe('access changes reach open sockets at once', () => {
  it('removing a person from the deal closes their socket (4403) and they cannot come back', async () => {
    const socket = await connect(julie);
    await callApi(marie, 'DELETE', `/api/deals/${dealId}/staff/${julie.userId}`);
    await expect.poll(() => socket.closeCodes[0]).toBe(COLLAB_CLOSE.FORBIDDEN);
    // 44xx codes are final for the stock client; a deliberate reconnection is refused as well.
    socket.provider.connect();
    await expect.poll(() => socket.closeCodes[1]).toBe(COLLAB_CLOSE.NOT_FOUND);
    expect(socket.provider.synced).toBe(false);
  });

  it('downgrading a role closes the socket with 4009, and the reconnection is read-only', async () => {
    const writer = await connect(paul);
    const julieSocket = await connect(julie);
    await callApi(marie, 'POST', `/api/deals/${dealId}/staff`, { userId: julie.userId, role: 'observer' });
    await expect.poll(() => julieSocket.closeCodes[0]).toBe(COLLAB_CLOSE.ACCESS_CHANGED);
    // The stock client reconnects with the same token: it is now a viewer.
    await expect.poll(() => julieSocket.provider.wsconnected && julieSocket.provider.synced).toBe(true);
    appendParagraph(julieSocket.doc, 'Écrit après rétrogradation');
    appendParagraph(writer.doc, 'Marqueur de la banque');
    const fresh = await connect(paul);
    await expect.poll(() => bodyOf(fresh.doc)).toContain('Marqueur de la banque');
    expect(bodyOf(fresh.doc)).not.toContain('Écrit après rétrogradation');
  });

  it('logging out closes the sockets of that session (4401) but not the user’s other sessions', async () => {
    const otherSession = await logIn(app.url, JULIE, PASSWORD);
    const loggingOut = await connect(julie);
    const staying = await connect(otherSession);
    await callApi(julie, 'POST', '/api/auth/logout');
    await expect.poll(() => loggingOut.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
    expect(staying.closeCodes).toEqual([]);
  });

  it('changing the password closes the user’s other sessions’ sockets', async () => {
    const otherSession = await logIn(app.url, PAUL, PASSWORD);
    const elsewhere = await connect(otherSession);
    const here = await connect(paul);
    await callApi(paul, 'POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'un-nouveau-mot-de-passe',
    });
    await expect.poll(() => elsewhere.closeCodes[0]).toBe(COLLAB_CLOSE.UNAUTHORIZED);
    expect(here.closeCodes).toEqual([]);
  });
});
