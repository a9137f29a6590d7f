import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { createRandom } from './support/create-random';
import { bodyOf } from './support/deed-text';
import { JULIE, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';

let app: Awaited<ReturnType<typeof startApp>>;
let sessions: ApiSession[];
let deedId: string;

beforeAll(async () => {
  app = await startApp();
  sessions = [await logIn(app.url, PAUL, PASSWORD), await logIn(app.url, JULIE, PASSWORD)];
  deedId = await findDeedId(sessions[0] as ApiSession, TILLEULS);
});
afterAll(async () => {
  await app?.dispose();
});

/** Random inserts and deletes inside one shared paragraph, plus new paragraphs now and then. */
function editRandomly(doc: Y.Doc, random: () => number, label: string, edits: number): void {
  const body = doc.getXmlFragment('default');
  for (let i = 0; i < edits; i += 1) {
    const paragraph = body.get(0);
    if (!(paragraph instanceof Y.XmlElement) || random() < 0.1) {
      const p = new Y.XmlElement('paragraph');
      const t = new Y.XmlText();
      t.insert(0, `${label}:${i} `);
      p.insert(0, [t]);
      body.insert(random() < 0.5 ? 0 : body.length, [p]);
      continue;
    }
    const text = paragraph.get(0);
    if (!(text instanceof Y.XmlText)) continue;
    if (random() < 0.7 || text.length < 5)
      text.insert(Math.floor(random() * (text.length + 1)), `${label}${i}`);
    else text.delete(Math.floor(random() * (text.length - 3)), 3);
  }
}

async function runConcurrentClients(count: number, editsEach: number): Promise<void> {
  const clients: ProviderClient[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const session = sessions[i % sessions.length] as ApiSession;
      clients.push(openProvider(app.url, deedId, await issueCollabToken(session, deedId)));
    }
    await Promise.all(clients.map((c) => c.waitForSync()));
    // Every client edits in small bursts interleaved with the others, while messages fly.
    for (let round = 0; round < editsEach / 5; round += 1) {
      clients.forEach((c, i) => {
        editRandomly(c.doc, createRandom(round * 1000 + i + count), `c${i}r${round}-`, 5);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const [first] = clients;
    await expect.poll(() => new Set(clients.map((c) => bodyOf(c.doc))).size, { timeout: 20_000 }).toBe(1);
    expect(bodyOf(first?.doc ?? new Y.Doc()).length).toBeGreaterThan(editsEach);
    // A newcomer loads the same content from the server.
    const late = openProvider(app.url, deedId, await issueCollabToken(sessions[0] as ApiSession, deedId));
    clients.push(late);
    await late.waitForSync();
    expect(bodyOf(late.doc)).toBe(bodyOf(first?.doc ?? new Y.Doc()));
  } finally {
    for (const c of clients) c.destroy();
  }
}

describe('concurrent editing of one deed', () => {
  it('two clients converge to identical content', async () => {
    await runConcurrentClients(2, 200);
  });

  it('twenty clients converge to identical content', async () => {
    await runConcurrentClients(20, 50);
  });
});
