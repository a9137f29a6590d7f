import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createSuggestionId, type DeedJsonNode, DOCX_MEDIA_TYPE, numberArticles } from '@deedroom/shared';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createId } from '../../src/create-id';
import { readDeedContent } from '../../src/services/versions/read-deed-content';
import { replaceDeedText } from '../../src/services/versions/replace-deed-text';
import type { WordDeedNode } from '../../src/word/word-deed-node';
import {
  type Caller,
  createTestContext,
  findDealId,
  findDeedId,
  readError,
  type TestContext,
} from '../support/test-context';
import { readDocxPart, uploadDocx } from './word-test-files';

const TILLEULS = 'Résidence Les Tilleuls';
const BANK_LEGAL = 'paul.girard@banque-horizon.example';
const BANK_ANALYST = 'sophie.martin@banque-horizon.example';
const DEVELOPER = 'julie.morel@atlantique-promotion.example';
const RIVAL_DEVELOPER = 'karim.benali@rhone-habitat.example';

let ctx: TestContext;
let bank: Caller;
let developer: Caller;
let deedId: string;
let dealId: string;
let validDocx: Buffer;

async function userIdOf(email: string): Promise<{ id: string; orgId: string }> {
  const user = await ctx.stores.users.findByEmail(email);
  if (!user) throw new Error(email);
  return { id: user.id, orgId: user.orgId };
}

async function addThread(visibility: 'all' | 'internal', email: string, quote: string, bodies: string[]) {
  const author = await userIdOf(email);
  const threadId = createId();
  const at = (n: number) => new Date(Date.UTC(2026, 10, 27, 10, n)).toISOString();
  const thread = {
    id: threadId,
    deedId,
    dealId,
    visibility,
    orgId: author.orgId,
    anchorFrom: 'AAE=',
    anchorTo: 'AAI=',
    quote,
    status: 'open' as const,
    resolvedBy: null,
    resolvedAt: null,
    createdBy: author.id,
    createdAt: at(0),
  };
  const comment = (body: string, n: number) => ({
    id: createId(),
    threadId,
    authorId: author.id,
    body,
    mentions: [],
    createdAt: at(n),
    editedAt: null,
    deletedAt: null,
  });
  const [first, ...replies] = bodies;
  await ctx.stores.comments.createThread(thread, comment(first ?? '', 0));
  for (const [i, body] of replies.entries()) await ctx.stores.comments.addComment(comment(body, i + 1));
}

/** The first paragraph of article 2 gets an insertion by the bank and a deletion by the developer. */
async function addSuggestions(): Promise<void> {
  const content = structuredClone((await readDeedContent(ctx.deps, deedId)).content) as WordDeedNode;
  const bankUser = await userIdOf(BANK_LEGAL);
  const devUser = await userIdOf(DEVELOPER);
  const insertion = createSuggestionId(bankUser.id, new Date('2026-11-20T08:30:00Z'), 'a1');
  const deletion = createSuggestionId(devUser.id, new Date('2026-11-21T14:00:00Z'), 'b2');
  const articles = content.content?.filter((n) => n.type === 'article') ?? [];
  const paragraph = articles[1]?.content?.find((n) => n.type === 'paragraph');
  if (!paragraph) throw new Error('no paragraph in the first article');
  paragraph.content = [
    ...(paragraph.content ?? []),
    {
      type: 'text',
      text: ' Clause ajoutée par la banque.',
      marks: [{ type: 'insertion', attrs: { id: insertion } }],
    },
    {
      type: 'text',
      text: ' Phrase retirée par le promoteur.',
      marks: [{ type: 'deletion', attrs: { id: deletion } }],
    },
  ];
  const author = await ctx.stores.users.findByEmail(BANK_LEGAL);
  if (!author) throw new Error('bank user');
  await replaceDeedText(ctx.deps, { user: author, ip: null }, deedId, content, 'import');
}

async function exportDocx(caller: Caller, version = 'current'): Promise<Buffer> {
  const res = await ctx.request('GET', `/api/deeds/${deedId}/export/docx?version=${version}`, { as: caller });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(DOCX_MEDIA_TYPE);
  expect(res.headers.get('content-disposition')).toContain('.docx');
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  ctx = await createTestContext();
  bank = await ctx.signIn(BANK_LEGAL);
  developer = await ctx.signIn(DEVELOPER);
  dealId = await findDealId(ctx, bank, TILLEULS);
  deedId = await findDeedId(ctx, bank, TILLEULS);
  await addSuggestions();
  await addThread('all', DEVELOPER, 'Prêteur', [
    'Merci de préciser l’entité prêteuse.',
    'Précision : agence de Nantes.',
  ]);
  await addThread('internal', BANK_LEGAL, 'Emprunteur', ['Note interne : vérifier le Kbis.']);
  validDocx = await exportDocx(bank);
});
afterAll(async () => {
  await ctx.close();
});

describe('Word export over HTTP', () => {
  it('writes suggestions as Word tracked changes with their authors’ names and dates', async () => {
    const xml = await readDocxPart(validDocx, 'word/document.xml');
    expect(xml).toMatch(
      /<w:ins [^>]*w:author="Paul Girard \(Banque Horizon\)"[^>]*w:date="2026-11-20T08:30:00Z"/,
    );
    expect(xml).toMatch(
      /<w:del [^>]*w:author="Julie Morel \(Atlantique Promotion\)"[^>]*w:date="2026-11-21T14:00:00Z"/,
    );
    expect(xml).toContain('<w:delText xml:space="preserve"> Phrase retirée par le promoteur.</w:delText>');
    const settings = await readDocxPart(validDocx, 'word/settings.xml');
    expect(settings).toContain('<w:trackRevisions/>');
  });

  it('exports the threads the caller may see as Word comments, replies included', async () => {
    const comments = await readDocxPart(validDocx, 'word/comments.xml');
    expect(comments).toContain('Merci de préciser l’entité prêteuse.');
    expect(comments).toContain('Précision : agence de Nantes.');
    expect(comments).toContain('w:author="Julie Morel (Atlantique Promotion)"');
    expect(comments).toContain('Note interne : vérifier le Kbis.');
    expect(comments).toContain('Discussion interne : Banque Horizon');
    const xml = await readDocxPart(validDocx, 'word/document.xml');
    expect(xml).toContain('<w:commentRangeStart w:id="0"/>');
  });

  it('never gives the bank’s internal thread to the developer', async () => {
    const docx = await exportDocx(developer);
    const comments = await readDocxPart(docx, 'word/comments.xml');
    expect(comments).toContain('Merci de préciser l’entité prêteuse.');
    expect(comments).not.toContain('vérifier le Kbis');
    expect(comments).not.toContain('Discussion interne');
  });

  it('exports a version, and answers 404 for another deed’s version, a walled deed and another tenant', async () => {
    const saved = await ctx.request('POST', `/api/deeds/${deedId}/versions`, {
      as: bank,
      body: { name: 'V export' },
    });
    const { id } = (await saved.json()) as { id: string };
    const docx = await exportDocx(bank, id);
    const footer =
      (await readDocxPart(docx, 'word/footer1.xml')) + (await readDocxPart(docx, 'word/document.xml'));
    expect(footer).toContain('V export');
    const rival = await ctx.signIn(RIVAL_DEVELOPER);
    const walled = await ctx.request('GET', `/api/deeds/${deedId}/export/docx`, { as: rival });
    expect(walled.status).toBe(404);
    const foreignVersion = await ctx.request(
      'GET',
      `/api/deeds/${deedId}/export/docx?version=${createId()}`,
      {
        as: bank,
      },
    );
    expect(foreignVersion.status).toBe(404);
  });
});

describe('Word import over HTTP', () => {
  it('imports a DOCX as a new deed of the deal, with its articles', async () => {
    const res = await uploadDocx(
      ctx,
      `/api/deals/${dealId}/deeds/import?kind=caution`,
      bank,
      validDocx,
      'Caution Tilleuls.docx',
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      deed: { id: string; title: string; kind: string };
      report: { articles: number };
    };
    expect(body.deed.title).toBe('Caution Tilleuls');
    expect(body.deed.kind).toBe('caution');
    expect(body.report.articles).toBeGreaterThan(10);
    const imported = (await readDeedContent(ctx.deps, body.deed.id)).content;
    const original = (await readDeedContent(ctx.deps, deedId)).content;
    expect(numberArticles(imported).map((a) => a.label + a.title)).toEqual(
      numberArticles(original).map((a) => a.label + a.title),
    );
    const versions = await ctx.request('GET', `/api/deeds/${body.deed.id}/versions`, { as: bank });
    expect(
      ((await versions.json()) as { versions: Array<{ name: string }> }).versions.map((v) => v.name),
    ).toEqual(['Import Word']);
  });

  it('imports a DOCX as a new version: the text before is saved first, the live text is replaced', async () => {
    const other = structuredClone((await readDeedContent(ctx.deps, deedId)).content) as DeedJsonNode;
    const before = (await readDeedContent(ctx.deps, deedId)).contentHash;
    const res = await uploadDocx(ctx, `/api/deeds/${deedId}/import`, bank, validDocx, 'Version banque.docx');
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      before: { name: string; contentHash: string };
      imported: { name: string };
    };
    expect(body.before.name).toBe('Avant import Word');
    expect(body.before.contentHash).toBe(before);
    expect(body.imported.name).toBe('Import Word');
    // Word takes the text as accepted: the insertion stays, the deletion is gone.
    const now = JSON.stringify((await readDeedContent(ctx.deps, deedId)).content);
    expect(now).toContain('Clause ajoutée par la banque.');
    expect(now).not.toContain('Phrase retirée par le promoteur.');
    expect(numberArticles((await readDeedContent(ctx.deps, deedId)).content)).toEqual(numberArticles(other));
  });

  it('refuses what is not a DOCX, an empty document, a zip bomb and a file over the limit', async () => {
    const notDocx = await uploadDocx(
      ctx,
      `/api/deeds/${deedId}/import`,
      bank,
      Buffer.from('%PDF-1.7 pas un docx'),
    );
    expect(notDocx.status).toBe(415);
    expect(await readError(notDocx)).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      details: { reason: 'not_docx' },
    });

    const xlsxLike = await uploadDocx(
      ctx,
      `/api/deeds/${deedId}/import`,
      bank,
      await zipOf({ 'xl/workbook.xml': '<x/>' }),
    );
    expect((await readError(xlsxLike)).details).toEqual({ reason: 'not_docx' });

    const empty = await uploadDocx(ctx, `/api/deeds/${deedId}/import`, bank, await emptyDocx());
    expect(empty.status).toBe(400);
    expect(await readError(empty)).toMatchObject({ details: { reason: 'empty_document' } });

    const bomb = await uploadDocx(ctx, `/api/deeds/${deedId}/import`, bank, await zipBomb());
    expect(bomb.status).toBe(415);
    expect((await readError(bomb)).details).toEqual({ reason: 'zip_bomb' });

    const huge = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const tooLarge = await uploadDocx(ctx, `/api/deeds/${deedId}/import`, bank, huge);
    expect(tooLarge.status).toBe(413);
    expect((await readError(tooLarge)).details).toEqual({ reason: 'too_large' });
  });

  it('answers 403 to a role without the right and 404 to another tenant, before reading the file', async () => {
    const analyst = await ctx.signIn(BANK_ANALYST);
    const forbidden = await uploadDocx(ctx, `/api/deeds/${deedId}/import`, analyst, validDocx);
    expect(forbidden.status).toBe(403);
    const forbiddenDeal = await uploadDocx(ctx, `/api/deals/${dealId}/deeds/import`, analyst, validDocx);
    expect(forbiddenDeal.status).toBe(403);
    const rival = await ctx.signIn(RIVAL_DEVELOPER);
    expect((await uploadDocx(ctx, `/api/deeds/${deedId}/import`, rival, validDocx)).status).toBe(404);
    expect((await uploadDocx(ctx, `/api/deals/${dealId}/deeds/import`, rival, validDocx)).status).toBe(404);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made archives

const run = promisify(execFile);

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-zip-'));
  try {
    for (const [name, data] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'in', name), data);
    }
    await run('zip', ['-q', '-r', '-9', path.join(dir, 'out.zip'), '.'], { cwd: path.join(dir, 'in') });
    return fs.readFileSync(path.join(dir, 'out.zip'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid DOCX with no text at all. */
async function emptyDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({})] }] }));
}

/** A « DOCX » whose one part expands 1 000 times (50 MiB of zeros in about 50 KiB). */
async function zipBomb(): Promise<Buffer> {
  return zipOf({ 'word/document.xml': Buffer.alloc(50 * 1024 * 1024, 0) });
}
