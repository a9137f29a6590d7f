import type {
  ComparedBlock,
  DeedCompareResponse,
  DeedHistory,
  DeedVersion,
  DeedVersionList,
  DeedVersionSummary,
  RedlineSegment,
} from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JULIE, LUCAS, PAUL, TILLEULS } from './support/emails';
import { addParagraph, readLiveText, readStoredText } from './support/live-deed-text';
import {
  type Caller,
  createTestContext,
  findDeedId,
  readError,
  type TestContext,
} from './support/test-context';

const SOPHIE = 'sophie.martin@banque-horizon.example';

let ctx: TestContext;
let paul: Caller;
let julie: Caller;
let deedId: string;
let gfaId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  julie = await ctx.signIn(JULIE);
  deedId = await findDeedId(ctx, paul, TILLEULS);
  gfaId = await findDeedId(ctx, paul, TILLEULS, 'gfa');
});
afterAll(async () => {
  await ctx.close();
});

async function saveVersion(as: Caller, name: string, note = '', deed = deedId): Promise<DeedVersionSummary> {
  const res = await ctx.request('POST', `/api/deeds/${deed}/versions`, { as, body: { name, note } });
  expect(res.status).toBe(201);
  return (await res.json()) as DeedVersionSummary;
}

async function listVersions(): Promise<DeedVersionList> {
  return (await (
    await ctx.request('GET', `/api/deeds/${deedId}/versions`, { as: julie })
  ).json()) as DeedVersionList;
}

async function readVersion(id: string): Promise<DeedVersion> {
  const res = await ctx.request('GET', `/api/deeds/${deedId}/versions/${id}`, { as: julie });
  expect(res.status).toBe(200);
  return (await res.json()) as DeedVersion;
}

function segmentsOf(blocks: readonly ComparedBlock[]): RedlineSegment[] {
  return blocks.flatMap((b) => [...(b.segments ?? []), ...segmentsOf(b.children ?? [])]);
}

describe('named versions of a deed', () => {
  it('saves the text now under a name and a note, with the SHA-256 of its content', async () => {
    const v = await saveVersion(paul, 'V1 envoyée à la banque', 'Première diffusion');
    expect(v).toMatchObject({
      number: 1,
      name: 'V1 envoyée à la banque',
      note: 'Première diffusion',
      kind: 'manual',
      createdBy: { name: 'Paul Girard', orgName: 'Banque Horizon' },
      restoredFrom: null,
    });
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const list = await listVersions();
    expect(list.versions.map((x) => x.id)).toEqual([v.id]);
    expect(list.currentHash).toBe(v.contentHash);
    const full = await readVersion(v.id);
    expect(full.content.type).toBe('doc');
    expect(JSON.stringify(full.content)).toContain('Conditions suspensives');
  });

  it('lets a suggester save a version, not a commenter, and never another deal’s deed', async () => {
    const lucas = await ctx.signIn(LUCAS);
    const sophie = await ctx.signIn(SOPHIE);
    await saveVersion(lucas, 'Relecture du promoteur');
    const refused = await ctx.request('POST', `/api/deeds/${deedId}/versions`, {
      as: sophie,
      body: { name: 'Essai' },
    });
    expect(refused.status).toBe(403);
    const karim = await ctx.signIn('karim.benali@rhone-habitat.example');
    const walled = await ctx.request('GET', `/api/deeds/${deedId}/versions`, { as: karim });
    expect(walled.status).toBe(404);
    const invalid = await ctx.request('POST', `/api/deeds/${deedId}/versions`, {
      as: paul,
      body: { name: ' ' },
    });
    expect(invalid.status).toBe(400);
  });

  it('restores an earlier version as a new version and keeps every old one untouched', async () => {
    const before = await saveVersion(paul, 'Avant la clause');
    await addParagraph(ctx, deedId, 'Clause ajoutée après la V1 par la banque.');
    const after = await saveVersion(julie, 'Après la clause');
    expect(after.contentHash).not.toBe(before.contentHash);
    const beforeContent = (await readVersion(before.id)).content;
    const afterContent = (await readVersion(after.id)).content;
    const countBefore = (await listVersions()).versions.length;

    const res = await ctx.request('POST', `/api/deeds/${deedId}/versions/${before.id}/restore`, { as: paul });
    expect(res.status).toBe(201);
    const restored = (await res.json()) as DeedVersionSummary;
    expect(restored).toMatchObject({
      kind: 'restore',
      name: `Restauration de V${before.number}`,
      restoredFrom: { id: before.id, number: before.number },
      contentHash: before.contentHash,
    });

    // The live text and the text on disk are the restored one.
    expect(await readLiveText(ctx, deedId)).not.toContain('Clause ajoutée après la V1');
    expect(await readStoredText(ctx, deedId)).not.toContain('Clause ajoutée après la V1');
    // History is never rewritten.
    const list = await listVersions();
    expect(list.versions).toHaveLength(countBefore + 1);
    expect(list.versions[0]?.id).toBe(restored.id);
    expect(list.currentHash).toBe(before.contentHash);
    expect((await readVersion(before.id)).content).toEqual(beforeContent);
    expect((await readVersion(after.id)).content).toEqual(afterContent);
    expect(list.versions.find((v) => v.id === after.id)?.contentHash).toBe(after.contentHash);

    const audit = await ctx.stores.audit.listAfter(0, 10_000);
    expect(
      audit.some((e) => e.action === 'deed.version.restore' && e.detail.restoredVersionId === before.id),
    ).toBe(true);
  });

  it('refuses a restore to a commenter and a version of another deed', async () => {
    const sophie = await ctx.signIn(SOPHIE);
    const [latest] = (await listVersions()).versions;
    const forbidden = await ctx.request('POST', `/api/deeds/${deedId}/versions/${latest?.id}/restore`, {
      as: sophie,
    });
    expect(forbidden.status).toBe(403);
    const gfaVersion = await saveVersion(paul, 'GFA V1', '', gfaId);
    const foreign = await ctx.request('GET', `/api/deeds/${deedId}/versions/${gfaVersion.id}`, { as: paul });
    expect(foreign.status).toBe(404);
    expect((await readError(foreign)).code).toBe('NOT_FOUND');
  });

  it('compares two versions, and a version with the text now, through the endpoint', async () => {
    const v1 = await saveVersion(paul, 'Base de comparaison');
    await addParagraph(ctx, deedId, 'Le Prêteur pourra exiger une caution solidaire du promoteur.', {
      articleIndex: 2,
    });
    const v2 = await saveVersion(julie, 'Avec la caution');

    const res = await ctx.request('GET', `/api/deeds/${deedId}/compare?from=${v1.id}&to=${v2.id}`, {
      as: julie,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as DeedCompareResponse;
    expect(body.from?.id).toBe(v1.id);
    expect(body.to?.id).toBe(v2.id);
    expect(body.comparison.identical).toBe(false);
    const inserted = segmentsOf(body.comparison.blocks)
      .filter((s) => s.op === 'insert')
      .map((s) => s.text)
      .join('');
    expect(inserted).toContain('caution solidaire du promoteur');
    expect(body.comparison.summary.changedArticles.length).toBeGreaterThan(0);

    const withNow = (await (
      await ctx.request('GET', `/api/deeds/${deedId}/compare?from=${v2.id}&to=current`, { as: julie })
    ).json()) as DeedCompareResponse;
    expect(withNow.to).toBeNull();
    expect(withNow.comparison.identical).toBe(true);

    const missing = await ctx.request('GET', `/api/deeds/${deedId}/compare?from=${v1.id}&to=nope`, {
      as: julie,
    });
    expect(missing.status).toBe(404);
  });

  it('tells the history: versions with their authors, and who edited when', async () => {
    // An edit by Julie's socket, as the update log records it (author and time).
    await ctx.stores.deedUpdates.append([{ deedId: gfaId, update: new Uint8Array([0, 0]), userId: null }]);
    const julieId = (await ctx.stores.users.findByEmail(JULIE))?.id ?? '';
    const edit = new Uint8Array([0, 0]);
    await ctx.stores.deedUpdates.append([
      { deedId: gfaId, update: edit, userId: julieId },
      { deedId: gfaId, update: edit, userId: julieId },
    ]);
    const res = await ctx.request('GET', `/api/deeds/${gfaId}/history`, { as: paul });
    expect(res.status).toBe(200);
    const history = (await res.json()) as DeedHistory;
    const edits = history.events.filter((e) => e.type === 'edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({
      actor: { name: 'Julie Morel', orgName: 'Atlantique Promotion' },
      updates: 2,
    });
    expect(history.events.some((e) => e.type === 'version' && e.version.name === 'GFA V1')).toBe(true);
    expect(history.authors.map((a) => a.name)).toEqual(['Julie Morel', 'Paul Girard']);
  });
});
