import type { DeedJsonNode, DeedVersion, DeedVersionSummary } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDeedPdf } from '../../src/export/render-deed-pdf';
import { JULIE, PAUL, TILLEULS } from '../support/emails';
import {
  type Caller,
  createTestContext,
  findDeedId,
  readError,
  type TestContext,
} from '../support/test-context';
import {
  checkPdfStructure,
  countPdfPages,
  extractPdfText,
  listPdfFonts,
  readToUnicodeMaps,
} from './read-pdf';

let ctx: TestContext;
let paul: Caller;
let julie: Caller;
let deedId: string;
let gfaId: string;
let version: DeedVersionSummary;
let versionContent: DeedJsonNode;
let pdf: Uint8Array;
let text: string;

function flattenSpaces(value: string): string {
  return value.replace(/[\u202f\u00a0]/g, ' ');
}

function inlineTextOf(node: DeedJsonNode): string {
  if (node.type === 'annexReference') return `Annexe ${String(node.attrs?.label ?? '')}`;
  return node.text ?? (node.content ?? []).map(inlineTextOf).join('');
}

/** The deed's text blocks (paragraphs, headings, article titles) outside tables, one a line. */
function textOf(node: DeedJsonNode): string {
  // Table cells sit side by side on the page, so pdftotext interleaves them: checked apart.
  if (node.type === 'table') return '';
  if (['paragraph', 'heading', 'articleTitle'].includes(node.type)) return inlineTextOf(node);
  return (node.content ?? []).map(textOf).join('\n');
}

async function exportPdf(as: Caller, id: string, query: string): Promise<Response> {
  return ctx.request('GET', `/api/deeds/${id}/export/pdf${query}`, { as });
}

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  julie = await ctx.signIn(JULIE);
  deedId = await findDeedId(ctx, paul, TILLEULS);
  gfaId = await findDeedId(ctx, paul, TILLEULS, 'gfa');
  const saved = await ctx.request('POST', `/api/deeds/${deedId}/versions`, {
    as: paul,
    body: { name: 'Envoyée à la banque', note: '' },
  });
  version = (await saved.json()) as DeedVersionSummary;
  const full = await ctx.request('GET', `/api/deeds/${deedId}/versions/${version.id}`, { as: paul });
  versionContent = ((await full.json()) as DeedVersion).content as unknown as DeedJsonNode;
  const res = await exportPdf(julie, deedId, `?version=${version.id}`);
  expect(res.status).toBe(200);
  pdf = new Uint8Array(await res.arrayBuffer());
  text = extractPdfText(pdf);
}, 120_000);
afterAll(async () => {
  await ctx.close();
});

describe('PDF export of a deed version', () => {
  it('answers a PDF attachment with a French file name', async () => {
    const res = await exportPdf(julie, deedId, `?version=${version.id}`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toMatch(/^Convention .+ – V1\.pdf$/);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('passes qpdf --check', () => {
    expect(checkPdfStructure(pdf)).toContain('No syntax or stream encoding errors');
  });

  it('keeps the text of the version: accents, amounts with narrow no-break spaces, numbering', () => {
    const source = textOf(versionContent);
    const amounts = source.match(/\d{1,3}(?:\u202f\d{3})+(?:,\d+)?\u00a0€/g) ?? [];
    expect(amounts.length).toBeGreaterThan(3);
    // pdftotext prints U+202F and U+00A0 as plain spaces; the PDF itself keeps them (next test).
    for (const amount of amounts.slice(0, 10)) expect(text).toContain(flattenSpaces(amount));
    expect(text).toContain('Article 3 – ');
    expect(text).toMatch(/^\s*3\.1\s+[A-ZÉ]/m);
    expect(text).toContain('Conditions suspensives');
    expect(text).toContain('« Prêteur »');
    for (const word of ['Prêteur', 'Emprunteur', 'achèvement', 'société']) expect(text).toContain(word);
    // Every paragraph's first words appear (layout may break lines, so a prefix is compared).
    const paragraphs = source.split('\n').filter((line) => line.length > 40);
    // Whitespace aside: pdftotext puts a space where a bold run meets a plain one, and justifies.
    const flat = text.replace(/\s+/g, '');
    for (const line of paragraphs) expect(flat).toContain(line.slice(0, 60).replace(/\s+/g, ''));
  });

  it('embeds DejaVu and maps its glyphs back to U+202F and U+00A0, not to ordinary spaces', () => {
    expect(listPdfFonts(pdf)).toMatch(/DejaVuSerif\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const unicode = readToUnicodeMaps(pdf);
    expect(unicode).toContain('<202f>');
    expect(unicode).toContain('<00a0>');
    expect(unicode).toContain('<00ab>');
  });

  it('has a cover, a table of contents, the footer with page numbers and the content hash', () => {
    const pages = countPdfPages(text);
    expect(pages).toBeGreaterThan(10);
    expect(text).toContain(`Page ${pages} sur ${pages}`);
    const cover = extractPdfText(pdf, { first: 1, last: 1 });
    expect(cover).toContain(version.contentHash);
    expect(cover).toContain('Version 1 – Envoyée à la banque');
    expect(cover).toContain('Banque Horizon');
    const body = extractPdfText(pdf, { first: 5, last: 5 });
    expect(body).toContain(`empreinte ${version.contentHash.slice(0, 12)}`);
    expect(body).toContain(`Page 5 sur ${pages}`);
    expect(body).toContain(TILLEULS);
    const contents = extractPdfText(pdf, { first: 2, last: 2 });
    expect(contents).toContain('Sommaire');
    expect(contents).toMatch(/Article 1 – .+\s\d+\n/);
    expect(text).toContain('Liste des annexes');
  });

  it('gives the same bytes for the same version', async () => {
    const again = new Uint8Array(
      await (await exportPdf(paul, deedId, `?version=${version.id}`)).arrayBuffer(),
    );
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('exports the text now, and audits every export', async () => {
    const res = await exportPdf(julie, deedId, '?version=current');
    expect(res.status).toBe(200);
    const now = extractPdfText(new Uint8Array(await res.arrayBuffer()), { first: 1, last: 1 });
    expect(now).toContain('Texte en cours');
    const audit = await ctx.stores.audit.listAfter(0, 10_000);
    const exports = audit.filter((e) => e.action === 'deed.export.pdf' && e.target === deedId);
    expect(exports.map((e) => e.detail.versionId)).toEqual(expect.arrayContaining([version.id, null]));
  });
});

describe('PDF export: bad input', () => {
  it('answers 404 for an unknown version, another deed’s version, and behind the wall', async () => {
    expect((await exportPdf(julie, deedId, '?version=nope')).status).toBe(404);
    const gfaVersion = (await (
      await ctx.request('POST', `/api/deeds/${gfaId}/versions`, { as: paul, body: { name: 'GFA', note: '' } })
    ).json()) as DeedVersionSummary;
    const other = await exportPdf(julie, deedId, `?version=${gfaVersion.id}`);
    expect(other.status).toBe(404);
    expect((await readError(other)).code).toBe('NOT_FOUND');
    const karim = await ctx.signIn('karim.benali@rhone-habitat.example');
    expect((await exportPdf(karim, deedId, `?version=${version.id}`)).status).toBe(404);
    expect((await exportPdf(karim, deedId, '')).status).toBe(404);
    expect((await ctx.request('GET', `/api/deeds/${deedId}/export/pdf`)).status).toBe(401);
  });
});

describe('PDF layout', () => {
  it('repeats a long table’s header row on the next page', async () => {
    const cell = (t: string) => ({
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
    });
    const head = (t: string) => ({
      type: 'tableHeader',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
    });
    const rows = Array.from({ length: 90 }, (_, i) => ({
      type: 'tableRow',
      content: [cell(`Lot n° ${i + 1}`), cell(`${(i + 1) * 1000}\u202f€`)],
    }));
    const content: DeedJsonNode = {
      type: 'doc',
      content: [
        {
          type: 'article',
          content: [
            { type: 'articleTitle', content: [{ type: 'text', text: 'Grille des lots' }] },
            {
              type: 'table',
              content: [
                { type: 'tableRow', content: [head('Désignation du lot'), head('Prix TTC')] },
                ...rows,
              ],
            },
          ],
        },
      ],
    };
    const bytes = await renderDeedPdf({
      content,
      dealName: 'Opération test',
      deedTitle: 'Acte test',
      versionLabel: 'Texte en cours',
      contentHash: 'f'.repeat(64),
      parties: [],
      generatedAt: new Date('2026-01-05T10:00:00Z'),
      annexes: [],
    });
    // Cover, contents, then the table from page 3 onwards, over at least two pages.
    const pages = countPdfPages(extractPdfText(bytes));
    const tablePages = Array.from({ length: pages - 3 }, (_, i) =>
      extractPdfText(bytes, { first: 3 + i, last: 3 + i }),
    );
    expect(tablePages[0]).toContain('Lot n° 1 ');
    expect(tablePages[0]).not.toContain('Lot n° 90');
    const last = tablePages.findIndex((page) => page.includes('Lot n° 90'));
    expect(last).toBeGreaterThanOrEqual(1);
    for (const page of tablePages.slice(0, last + 1)) {
      expect(page).toContain('Désignation du lot');
      expect(page).toContain('Prix TTC');
    }
  });
});
