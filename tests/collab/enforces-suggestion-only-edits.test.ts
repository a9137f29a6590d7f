import {
  acceptSuggestions,
  COLLAB_CLOSE,
  isSuggestionBy,
  rejectSuggestions,
  summariseSuggestions,
} from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startApp } from '../e2e/support/start-app';
import { type ApiSession, callApi, findDeedId, issueCollabToken, logIn } from './support/api-session';
import { editDeed, findText, readDeed, runOnDeed } from './support/deed-editing';
import { JULIE, LUCAS, PASSWORD, PAUL, TILLEULS } from './support/fixtures';
import { openProvider, type ProviderClient } from './support/open-provider';

/**
 * "Tracked changes only", enforced by the server: with the developer's side held to suggestion
 * mode, their plain edits are refused (4422) and change nothing anywhere, while suggestions go
 * through with their author's ids and the bank accepts or rejects them by id, by author or all.
 */
let app: Awaited<ReturnType<typeof startApp>>;
let paul: ApiSession;
let julie: ApiSession;
let lucas: ApiSession;
let deedId: string;
const clients: ProviderClient[] = [];

async function connect(session: ApiSession): Promise<ProviderClient> {
  const client = openProvider(app.url, deedId, await issueCollabToken(session, deedId));
  clients.push(client);
  await client.waitForSync();
  return client;
}

async function storedText(): Promise<string> {
  const stored = await app.deps.stores.deedUpdates.load(deedId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return readDeed(doc).textContent;
}

beforeAll(async () => {
  app = await startApp();
  [paul, julie, lucas] = await Promise.all([
    logIn(app.url, PAUL, PASSWORD),
    logIn(app.url, JULIE, PASSWORD),
    logIn(app.url, LUCAS, PASSWORD),
  ]);
  deedId = await findDeedId(paul, TILLEULS);
  const deed = await callApi<{ editMode: string }>(paul, 'PUT', `/api/deeds/${deedId}/settings`, {
    suggestionOnlyFor: ['developer'],
  });
  expect(deed.editMode).toBe('edit');
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app?.dispose();
});

describe('suggestion-only enforcement on the server', () => {
  it('tells the developer lead they may only suggest', async () => {
    const detail = await callApi<{ editMode: string; suggestionOnlyFor: string[] }>(
      julie,
      'GET',
      `/api/deeds/${deedId}`,
    );
    expect(detail).toMatchObject({ editMode: 'suggest', suggestionOnlyFor: ['developer'] });
  });

  it('refuses a plain edit from a suggester (4422) and keeps the text unchanged everywhere', async () => {
    const bank = await connect(paul);
    const developer = await connect(julie);
    const before = readDeed(bank.doc).textContent;
    editDeed(developer.doc, (tr) =>
      tr.insertText('PIRATE ', findText(readDeed(developer.doc), 'Le Prêteur')),
    );
    await expect.poll(() => developer.closeCodes).toContain(COLLAB_CLOSE.EDIT_REFUSED);
    // A marker from the bank, sent afterwards, shows the server went on serving everyone else.
    editDeed(bank.doc, (tr) => tr.insertText('Marqueur ', findText(readDeed(bank.doc), 'Le Prêteur')));
    const fresh = await connect(paul);
    await expect.poll(() => readDeed(fresh.doc).textContent).toContain('Marqueur ');
    expect(readDeed(fresh.doc).textContent).not.toContain('PIRATE');
    expect(readDeed(bank.doc).textContent).toBe(before.replace('Le Prêteur', 'Marqueur Le Prêteur'));
    expect(await storedText()).not.toContain('PIRATE');
  });

  it('refuses a suggestion signed with someone else’s id', async () => {
    const developer = await connect(julie);
    editDeed(
      developer.doc,
      (tr) => tr.insertText('FAUX ', findText(readDeed(developer.doc), 'Le Prêteur')),
      paul.userId,
    );
    await expect.poll(() => developer.closeCodes).toContain(COLLAB_CLOSE.EDIT_REFUSED);
    expect(await storedText()).not.toContain('FAUX');
  });

  it('takes concurrent suggestions from two developers, each under their own ids, without collisions', async () => {
    const bank = await connect(paul);
    const [lead, member] = await Promise.all([connect(julie), connect(lucas)]);
    const anchorLead = findText(readDeed(lead.doc), 'Le Prêteur');
    const anchorMember = findText(readDeed(member.doc), 'Marqueur');
    // Both type before seeing each other's change.
    editDeed(lead.doc, (tr) => tr.insertText('ferme et ', anchorLead), julie.userId);
    editDeed(member.doc, (tr) => tr.insertText('définitif ', anchorMember), lucas.userId);
    const from = findText(readDeed(lead.doc), 'PRÉALABLEMENT ');
    editDeed(lead.doc, (tr) => tr.delete(from, from + 'PRÉALABLEMENT '.length), julie.userId);
    await expect
      .poll(() => summariseSuggestions(readDeed(bank.doc)).map((s) => s.insertedText || s.deletedText))
      .toEqual(expect.arrayContaining(['ferme et ', 'définitif ', 'PRÉALABLEMENT ']));
    const suggestions = summariseSuggestions(readDeed(bank.doc));
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
    expect(suggestions.find((s) => s.insertedText === 'ferme et ')?.authorId).toBe(julie.userId);
    expect(suggestions.find((s) => s.insertedText === 'définitif ')?.authorId).toBe(lucas.userId);
    expect(suggestions.find((s) => s.deletedText === 'PRÉALABLEMENT ')?.authorId).toBe(julie.userId);
    expect(lead.closeCodes).not.toContain(COLLAB_CLOSE.EDIT_REFUSED);
    expect(member.closeCodes).not.toContain(COLLAB_CLOSE.EDIT_REFUSED);
    // All three replicas converge.
    await expect.poll(() => readDeed(lead.doc).toJSON()).toEqual(readDeed(bank.doc).toJSON());
    await expect.poll(() => readDeed(member.doc).toJSON()).toEqual(readDeed(bank.doc).toJSON());
  });

  it('lets the bank accept by id, reject by author, then settle all the rest', async () => {
    const bank = await connect(paul);
    const developer = await connect(julie);
    await expect.poll(() => summariseSuggestions(readDeed(bank.doc)).length).toBeGreaterThanOrEqual(3);
    const byText = (text: string) =>
      summariseSuggestions(readDeed(bank.doc)).find((s) => s.insertedText === text || s.deletedText === text);

    // By id: Lucas's insertion becomes plain text.
    runOnDeed(bank.doc, acceptSuggestions([byText('définitif ')?.id ?? '']));
    // By author: every suggestion of Julie is rejected (her insertion goes, the text she struck stays).
    const julies = summariseSuggestions(readDeed(bank.doc))
      .filter((s) => isSuggestionBy(s.id, julie.userId))
      .map((s) => s.id);
    expect(julies.length).toBeGreaterThanOrEqual(2);
    runOnDeed(bank.doc, rejectSuggestions(julies));
    await expect.poll(() => summariseSuggestions(readDeed(developer.doc)).length).toBe(0);
    const text = readDeed(developer.doc).textContent;
    expect(text).toContain('définitif Marqueur Le Prêteur');
    expect(text).toContain('IL A ÉTÉ PRÉALABLEMENT EXPOSÉ');
    expect(text).not.toContain('ferme et');

    // All at once.
    editDeed(
      developer.doc,
      (tr) => tr.insertText('irrévocable ', findText(readDeed(developer.doc), 'Le Prêteur')),
      julie.userId,
    );
    await expect.poll(() => summariseSuggestions(readDeed(bank.doc)).length).toBe(1);
    runOnDeed(bank.doc, acceptSuggestions(summariseSuggestions(readDeed(bank.doc)).map((s) => s.id)));
    await expect.poll(() => summariseSuggestions(readDeed(developer.doc)).length).toBe(0);
    expect(readDeed(developer.doc).textContent).toContain('irrévocable Le Prêteur');
    await expect.poll(storedText).toContain('définitif Marqueur irrévocable Le Prêteur');
  });

  it('refuses a suggester accepting a suggestion (a reviewer’s act)', async () => {
    const developer = await connect(lucas);
    editDeed(
      developer.doc,
      (tr) => tr.insertText('à accepter ', findText(readDeed(developer.doc), 'Le Prêteur')),
      lucas.userId,
    );
    const bank = await connect(paul);
    await expect.poll(() => summariseSuggestions(readDeed(bank.doc)).length).toBe(1);
    const other = await connect(julie);
    runOnDeed(other.doc, acceptSuggestions(summariseSuggestions(readDeed(other.doc)).map((s) => s.id)));
    await expect.poll(() => other.closeCodes).toContain(COLLAB_CLOSE.EDIT_REFUSED);
    expect(summariseSuggestions(readDeed(bank.doc))).toHaveLength(1);
  });
});
