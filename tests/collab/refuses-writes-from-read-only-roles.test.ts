import { COLLAB_CLOSE } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { appendParagraph, bodyOf } from './support/deed-text';
import { LUCAS, MARIE, PASSWORD, PAUL, SOPHIE, TILLEULS } from './support/fixtures';
import { syncFrame } from './support/frames';
import { openProvider, type ProviderClient } from './support/open-provider';
import { openRawSocket } from './support/raw-socket';

let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let deedId: string;
const clients: ProviderClient[] = [];

beforeAll(async () => {
  app = await startApp();
  paul = await logIn(app.url, PAUL, PASSWORD);
  deedId = await findDeedId(paul, TILLEULS);
  // Make Lucas a pure viewer (observer); Sophie stays a commenter (bank analyst).
  const marie = await logIn(app.url, MARIE, PASSWORD);
  const { deals } = await callApi<{ deals: Array<{ id: string; name: string }> }>(marie, 'GET', '/api/deals');
  const dealId = deals.find((d) => d.name === TILLEULS)?.id;
  const lucas = await logIn(app.url, LUCAS, PASSWORD);
  await callApi(marie, 'POST', `/api/deals/${dealId}/staff`, { userId: lucas.userId, role: 'observer' });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app?.dispose();
});

async function storedBody(): Promise<string> {
  const stored = await app.deps.stores.deedUpdates.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return bodyOf(doc);
}

describe.each([
  ['a commenter (bank analyst)', SOPHIE],
  ['a viewer (observer)', LUCAS],
])('%s', (_label, email) => {
  it('gets a read-only connection: its sync step 2 and update messages change nothing anywhere', async () => {
    const session = await logIn(app.url, email, PASSWORD);
    const writer = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    const reader = openProvider(app.url, deedId, await issueCollabToken(session, deedId));
    clients.push(writer, reader);
    await Promise.all([writer.waitForSync(), reader.waitForSync()]);
    appendParagraph(writer.doc, `Texte de la banque ${email}`);
    await expect.poll(() => bodyOf(reader.doc)).toContain(`Texte de la banque ${email}`);

    // 1. Through the stock client: a local edit is sent as an update message.
    appendParagraph(reader.doc, `PIRATE-UPDATE ${email}`);
    // 2. By hand: the same kind of content as a sync step 2 and as an update message.
    const rogue = new Y.Doc();
    appendParagraph(rogue, `PIRATE-STEP2 ${email}`);
    const raw = openRawSocket(app.url, deedId, await issueCollabToken(session, deedId));
    await raw.opened;
    raw.ws.send(syncFrame(1, Y.encodeStateAsUpdate(rogue)));
    raw.ws.send(syncFrame(2, Y.encodeStateAsUpdate(rogue)));

    // A marker from the writer, sent after the rogue messages, proves they were processed.
    appendParagraph(writer.doc, `Marqueur ${email}`);
    const fresh = openProvider(app.url, deedId, await issueCollabToken(paul, deedId));
    clients.push(fresh);
    await fresh.waitForSync();
    await expect.poll(() => bodyOf(fresh.doc)).toContain(`Marqueur ${email}`);
    for (const doc of [writer.doc, fresh.doc]) {
      expect(bodyOf(doc)).not.toContain('PIRATE');
    }
    expect(await storedBody()).not.toContain('PIRATE');
    expect(await storedBody()).toContain(`Marqueur ${email}`);
    // The read-only connection stays open: refusing is not a crash.
    expect(reader.closeCodes).not.toContain(COLLAB_CLOSE.MALFORMED);
    raw.ws.close();
  });
});
