import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { JULIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { awarenessFrame } from './support/frames';
import { openProvider, type ProviderClient } from './support/open-provider';
import { openRawSocket } from './support/raw-socket';

let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let julie: ApiSession;
let deedId: string;
const clients: ProviderClient[] = [];

beforeAll(async () => {
  app = await startApp();
  paul = await logIn(app.url, PAUL, PASSWORD);
  julie = await logIn(app.url, JULIE, PASSWORD);
  deedId = await findDeedId(paul, TILLEULS);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app?.dispose();
});

type UserField = { name?: string; orgName?: string; color?: string; role?: string };

function userSeenBy(observer: ProviderClient, clientId: number): UserField | undefined {
  return (observer.provider.awareness.getStates().get(clientId) as { user?: UserField } | undefined)?.user;
}

describe('awareness (carets and presence)', () => {
  it('is stamped with the authenticated identity, whatever the client claims', async () => {
    const liar = openProvider(app.url, deedId, await issueCollabToken(julie, deedId));
    const observer = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    clients.push(liar, observer);
    await Promise.all([liar.waitForSync(), observer.waitForSync()]);
    liar.provider.awareness.setLocalStateField('user', {
      name: 'Marie Lefèvre',
      orgName: 'Banque Horizon',
      color: '#000',
    });
    await expect.poll(() => userSeenBy(observer, liar.doc.clientID)?.name).toBe('Julie Morel');
    const seen = userSeenBy(observer, liar.doc.clientID);
    expect(seen?.orgName).toBe('Atlantique Promotion');
    expect(seen?.role).toBe('developer_lead');
    expect(seen?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(seen?.color).not.toBe('#000');
  });

  it('refuses a client writing another client’s awareness entry', async () => {
    const victim = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    const observer = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    clients.push(victim, observer);
    await Promise.all([victim.waitForSync(), observer.waitForSync()]);
    victim.provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    await expect.poll(() => userSeenBy(observer, victim.doc.clientID)?.name).toBe('Paul Girard');

    const attacker = openRawSocket(app.url, deedId, await issueCollabToken(julie, deedId));
    await attacker.opened;
    attacker.ws.send(
      awarenessFrame(victim.doc.clientID, 999, {
        user: { name: 'Paul Girard' },
        cursor: { anchor: 99, head: 99 },
      }),
    );
    attacker.ws.send(awarenessFrame(victim.doc.clientID, 1000, null));
    // A later, legitimate change of the victim is still seen, and the forged cursor never was.
    victim.provider.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 });
    await expect
      .poll(
        () =>
          (
            observer.provider.awareness.getStates().get(victim.doc.clientID) as {
              cursor?: { anchor: number };
            }
          )?.cursor?.anchor,
      )
      .toBe(2);
    expect(userSeenBy(observer, victim.doc.clientID)?.name).toBe('Paul Girard');
    attacker.ws.close();
  });

  it('removes a client’s presence when it disconnects', async () => {
    const leaving = openProvider(app.url, deedId, await issueCollabToken(julie, deedId));
    const observer = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    clients.push(leaving, observer);
    await Promise.all([leaving.waitForSync(), observer.waitForSync()]);
    leaving.provider.awareness.setLocalStateField('cursor', null);
    await expect.poll(() => userSeenBy(observer, leaving.doc.clientID)?.name).toBe('Julie Morel');
    leaving.provider.disconnect();
    await expect.poll(() => observer.provider.awareness.getStates().has(leaving.doc.clientID)).toBe(false);
  });
});
