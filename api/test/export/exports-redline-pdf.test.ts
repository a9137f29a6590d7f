import type { DeedJsonNode, DeedVersionSummary } from '@deedroom/shared';
import { compareDeeds } from '@deedroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_COLOURS } from '../../src/export/pdf-theme';
import { renderRedlinePdf } from '../../src/export/render-redline-pdf';
import { JULIE, PAUL, TILLEULS } from '../support/emails';
import { addParagraph } from '../support/live-deed-text';
import { type Caller, createTestContext, findDeedId, type TestContext } from '../support/test-context';
import { checkPdfStructure, countPdfPages, countPixelsNear, extractPdfText, renderPdfPage } from './read-pdf';

let ctx: TestContext;
let paul: Caller;
let julie: Caller;
let deedId: string;
let version: DeedVersionSummary;

beforeAll(async () => {
  ctx = await createTestContext();
  paul = await ctx.signIn(PAUL);
  julie = await ctx.signIn(JULIE);
  deedId = await findDeedId(ctx, paul, TILLEULS);
  const saved = await ctx.request('POST', `/api/deeds/${deedId}/versions`, {
    as: paul,
    body: { name: 'Avant relecture', note: '' },
  });
  version = (await saved.json()) as DeedVersionSummary;
  await addParagraph(ctx, deedId, 'Clause de revoyure ajoutée par le promoteur.');
}, 120_000);
afterAll(async () => {
  await ctx.close();
});

function paragraph(text: string): DeedJsonNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function oneArticle(...paragraphs: string[]): DeedJsonNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'article',
        content: [
          { type: 'articleTitle', content: [{ type: 'text', text: 'Taux' }] },
          ...paragraphs.map(paragraph),
        ],
      },
    ],
  };
}

async function renderComparison(before: DeedJsonNode, after: DeedJsonNode): Promise<Buffer> {
  return renderRedlinePdf({
    dealName: 'Opération test',
    deedTitle: 'Acte test',
    versionLabel: 'Comparaison V1 → V2',
    contentHash: 'e'.repeat(64),
    parties: [],
    generatedAt: new Date('2026-02-01T09:00:00Z'),
    from: { label: 'Version 1 – Avant', contentHash: 'd'.repeat(64) },
    to: { label: 'Version 2 – Après', contentHash: 'e'.repeat(64) },
    comparison: compareDeeds(before, after),
  });
}

describe('redline PDF', () => {
  it('compares a version with the text now through the API, with a summary page', async () => {
    const res = await ctx.request('GET', `/api/deeds/${deedId}/compare/pdf?from=${version.id}&to=current`, {
      as: julie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(
      'comparaison V1 - texte en cours.pdf',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(checkPdfStructure(bytes)).toContain('No syntax or stream encoding errors');
    const text = extractPdfText(bytes);
    const pages = countPdfPages(text);
    expect(text).toContain(`Page ${pages} sur ${pages}`);
    const summary = extractPdfText(bytes, { first: 2, last: 2 });
    expect(summary).toContain('Synthèse des modifications');
    expect(summary).toMatch(/Autres passages modifiés \(hors articles\)\s+1/);
    expect(text).toContain('Clause de revoyure ajoutée par le promoteur.');
    expect(text).toContain(version.contentHash);
    const audit = await ctx.stores.audit.listAfter(0, 10_000);
    expect(
      audit.some((e) => e.action === 'deed.export.redline' && e.detail.fromVersionId === version.id),
    ).toBe(true);
  });

  it('underlines insertions in blue and strikes deletions through in red', async () => {
    const changed = await renderComparison(
      oneArticle('Le taux est fixé à quatre pour cent l’an.'),
      oneArticle('Le taux est fixé à trois pour cent l’an, révisable chaque trimestre.'),
    );
    const text = extractPdfText(changed, { first: 3, last: 3 });
    expect(text).toContain('quatre');
    expect(text).toContain('trois');
    expect(text).toContain('révisable chaque trimestre');
    const page = renderPdfPage(changed, 3);
    expect(countPixelsNear(page, PDF_COLOURS.inserted)).toBeGreaterThan(150);
    expect(countPixelsNear(page, PDF_COLOURS.deleted)).toBeGreaterThan(40);

    // The same text on both sides: nothing drawn in either colour.
    const same = await renderComparison(oneArticle('Texte constant.'), oneArticle('Texte constant.'));
    const samePage = renderPdfPage(same, 3);
    expect(countPixelsNear(samePage, PDF_COLOURS.inserted)).toBe(0);
    expect(countPixelsNear(samePage, PDF_COLOURS.deleted)).toBe(0);
    expect(extractPdfText(same, { first: 2, last: 2 })).toContain('Les deux textes sont identiques.');
  });

  it('gives the same bytes for the same two versions', async () => {
    const a = await renderComparison(oneArticle('Un.'), oneArticle('Deux.'));
    const b = await renderComparison(oneArticle('Un.'), oneArticle('Deux.'));
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a missing `from` (400), an unknown version and the walled-off (404)', async () => {
    const path = `/api/deeds/${deedId}/compare/pdf`;
    expect((await ctx.request('GET', `${path}?to=current`, { as: julie })).status).toBe(400);
    expect((await ctx.request('GET', `${path}?from=nope&to=current`, { as: julie })).status).toBe(404);
    const karim = await ctx.signIn('karim.benali@rhone-habitat.example');
    expect((await ctx.request('GET', `${path}?from=${version.id}&to=current`, { as: karim })).status).toBe(
      404,
    );
  });
});
