import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { JULIE, LUCAS, MARIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { syncFrame } from './support/frames';
import { openProvider, type ProviderClient } from './support/open-provider';
import { openRawSocket, type RawSocket } from './support/raw-socket';

const ANNE = 'anne.dupuis@notaires-dupuis.example';
const CLAIRE = 'claire.petit@notaires-dupuis.example';

/** Every role that may write in the deed while it is open, directly or as suggestions. */
const WRITERS = [
  ['bank_manager', MARIE],
  ['bank_legal', PAUL],
  ['developer_lead', JULIE],
  ['developer_member', LUCAS],
  ['notary', ANNE],
  ['notary_clerk', CLAIRE],
] as const;

let app: Awaited<ReturnType<typeof startApp>>;
let deedId: string;
const sessions = new Map<string, ApiSession>();
const clients: ProviderClient[] = [];
const raws: RawSocket[] = [];

function sessionOf(email: string): ApiSession {
  const session = sessions.get(email);
  if (!session) throw new Error(`${email} is not logged in`);
  return session;
}

async function connect(email: string): Promise<ProviderClient> {
  const client = openProvider(app.url, deedId, await issueCollabToken(sessionOf(email), deedId));
  clients.push(client);
  await client.waitForSync();
  return client;
}

async function storedBody(): Promise<string> {
  const stored = await app.deps.stores.deedUpdates.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return bodyOf(doc);
}

/**
 * Sends a rogue paragraph as a sync step 2 and as an update, then a sync step 1: its answer comes
 * only once the server has handled the two messages before it on this socket.
 */
async function sendRogueUpdates(email: string, text: string): Promise<RawSocket> {
  const raw = openRawSocket(app.url, deedId, await issueCollabToken(sessionOf(email), deedId));
  raws.push(raw);
  await raw.opened;
  const rogue = new Y.Doc();
  appendParagraph(rogue, text);
  raw.ws.send(syncFrame(1, Y.encodeStateAsUpdate(rogue)));
  raw.ws.send(syncFrame(2, Y.encodeStateAsUpdate(rogue)));
  const answered = raw.messages.length;
  raw.ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
  await expect
    .poll(
      () =>
        raw.ws.readyState !== raw.ws.OPEN ||
        raw.messages.slice(answered).some((m) => m[0] === 0 && m[1] === 1),
    )
    .toBe(true);
  return raw;
}

beforeAll(async () => {
  app = await startApp();
  for (const [, email] of WRITERS) sessions.set(email, await logIn(app.url, email, PASSWORD));
  deedId = await findDeedId(sessionOf(PAUL), TILLEULS);
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const r of raws.splice(0)) r.ws.close();
  await app?.dispose();
});

describe('a locked deed', () => {
  it('refuses every update from every role, on live sockets and new ones, until it is unlocked with a reason', async () => {
    const open = new Map<string, ProviderClient>();
    for (const [role, email] of WRITERS) open.set(role, await connect(email));
    const paulClient = open.get('bank_legal');
    if (!paulClient) throw new Error('no client');
    appendParagraph(paulClient.doc, 'Texte convenu avant verrouillage.');
    for (const client of open.values()) {
      await expect.poll(() => bodyOf(client.doc)).toContain('Texte convenu avant verrouillage.');
    }

    // Every party approves the text now, then the notary locks it.
    for (const email of [PAUL, JULIE, ANNE]) {
      await callApi(sessionOf(email), 'POST', `/api/deeds/${deedId}/approvals`, {});
    }
    const locked = await callApi<{ lock: { lockedBy: { name: string } } | null }>(
      sessionOf(ANNE),
      'POST',
      `/api/deeds/${deedId}/lock`,
    );
    expect(locked.lock?.lockedBy.name).toBe('Anne Dupuis');
    const textAtLock = await storedBody();

    // Open sockets learn at once that their rights changed and come back read-only.
    for (const [role, client] of open) {
      await expect
        .poll(() => client.closeCodes.includes(COLLAB_CLOSE.ACCESS_CHANGED), { message: role })
        .toBe(true);
      await expect
        .poll(() => client.provider.wsconnected && client.provider.synced, { message: role })
        .toBe(true);
    }
    // Each role tries through its live client and through a socket opened after the lock.
    for (const [role, email] of WRITERS) {
      appendParagraph(open.get(role)?.doc ?? new Y.Doc(), `PIRATE-LIVE [${role}]`);
      const raw = await sendRogueUpdates(email, `PIRATE-NEW [${role}]`);
      const closed = raw.ws.readyState !== raw.ws.OPEN;
      // Refused either by closing the socket (4422, frozen) or by dropping a read-only socket's update.
      if (closed) expect((await raw.closed).code).toBe(COLLAB_CLOSE.EDIT_REFUSED);
    }
    // One more round trip on every live socket's server side before looking.
    await sendRogueUpdates(PAUL, 'PIRATE-LAST');

    const fresh = await connect(JULIE);
    expect(bodyOf(fresh.doc)).not.toContain('PIRATE');
    expect(bodyOf(fresh.doc)).toContain('Texte convenu avant verrouillage.');
    expect(await storedBody()).toBe(textAtLock);
    for (const role of open.keys()) {
      const others = [...open.entries()].filter(([r]) => r !== role).map(([, c]) => c);
      for (const other of others) expect(bodyOf(other.doc)).not.toContain(`PIRATE-LIVE [${role}]`);
    }
    const detail = await callApi<{ canEdit: boolean; editMode: string }>(
      sessionOf(PAUL),
      'GET',
      `/api/deeds/${deedId}`,
    );
    expect(detail).toMatchObject({ canEdit: false, editMode: 'read' });

    // These clients hold refused local edits they would resend as writers: they go away.
    for (const client of open.values()) client.destroy();
    fresh.destroy();

    const reason = 'Coquille dans l’article 4 relevée par le notaire';
    await callApi(sessionOf(PAUL), 'POST', `/api/deeds/${deedId}/unlock`, { reason });
    const julie = await connect(JULIE);
    const anne = await connect(ANNE);
    appendParagraph(julie.doc, 'Correction après déverrouillage.');
    await expect.poll(() => bodyOf(anne.doc)).toContain('Correction après déverrouillage.');
    await expect.poll(() => storedBody()).toContain('Correction après déverrouillage.');
    expect(await storedBody()).not.toContain('PIRATE');

    const audit = await app.deps.stores.audit.listAfter(0, 100_000);
    const unlock = audit.find((e) => e.action === 'deed.unlock' && e.target === `deed:${deedId}`);
    expect(unlock).toMatchObject({ actorId: sessionOf(PAUL).userId, detail: { reason } });
    expect(audit.some((e) => e.action === 'deed.lock' && e.actorId === sessionOf(ANNE).userId)).toBe(true);
  });
});
