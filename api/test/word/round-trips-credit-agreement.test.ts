import { type DeedJsonNode, numberArticles } from '@deedroom/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCreditAgreement, type DealFacts } from '../../src/services/demo/deed-content/credit-agreement';
import { buildDeedDocx } from '../../src/word/build-deed-docx';
import { convertDocxToDeed } from '../../src/word/convert-docx-to-deed';
import type { WordDeedNode } from '../../src/word/word-deed-node';
import { summariseDeedStructure } from './summarise-deed-structure';
import { convertDocxWithLibreOffice, readDocxPart } from './word-test-files';

const FACTS: DealFacts = {
  programme: 'Résidence Les Tilleuls',
  city: 'Nantes',
  lots: 42,
  amountCents: 840_000_000,
  bankName: 'Banque Horizon',
  developerName: 'Atlantique Promotion',
  borrowerName: 'SCCV Les Tilleuls',
  notaryName: 'Office notarial Dupuis',
  signingCity: 'Nantes',
};

const original = buildCreditAgreement(FACTS) as DeedJsonNode;
let docx: Buffer;

beforeAll(async () => {
  docx = await buildDeedDocx({
    deedTitle: 'Convention de crédit promoteur',
    dealName: FACTS.programme,
    versionLabel: 'Texte en cours',
    content: original as WordDeedNode,
    describeSuggestion: () => ({ author: 'Personne', date: '2026-11-27T09:00:00Z' }),
    threads: [],
  });
});

describe('Word export then import of the demo credit agreement', () => {
  it('gives back the same blocks: article numbers and titles, paragraphs, lists, table cells', async () => {
    const imported = (await convertDocxToDeed(docx)).content as DeedJsonNode;
    const before = summariseDeedStructure(original);
    expect(before.filter((l) => l.startsWith('ARTICLE')).length).toBeGreaterThan(10);
    expect(before.some((l) => l.startsWith('CELL'))).toBe(true);
    expect(before.some((l) => l.includes('orderedList') || l.includes('bulletList'))).toBe(true);
    expect(summariseDeedStructure(imported)).toEqual(before);
    expect(numberArticles(imported)).toEqual(numberArticles(original));
  });

  it('writes articles as Heading 1–3 numbered as the editor numbers them, tables with a repeated header row', async () => {
    const xml = await readDocxPart(docx, 'word/document.xml');
    const articles = numberArticles(original);
    const top = articles.find((a) => a.depth === 1);
    const sub = articles.find((a) => a.depth === 2);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain(`${top?.label} – `);
    expect(xml).toContain(`${sub?.number}\u2002`);
    expect(xml).toContain('<w:tblHeader/>');
    const styles = await readDocxPart(docx, 'word/styles.xml');
    expect(styles).toContain('<w:name w:val="Heading 1"/>');
    expect(styles).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('is the same text each time for the same content', async () => {
    const again = await buildDeedDocx({
      deedTitle: 'Convention de crédit promoteur',
      dealName: FACTS.programme,
      versionLabel: 'Texte en cours',
      content: original as WordDeedNode,
      describeSuggestion: () => ({ author: 'Personne', date: '2026-11-27T09:00:00Z' }),
      threads: [],
    });
    expect(await readDocxPart(again, 'word/document.xml')).toEqual(
      await readDocxPart(docx, 'word/document.xml'),
    );
  });

  it('converts to PDF with LibreOffice, and the PDF holds the deed’s text', {
    timeout: 180_000,
  }, async () => {
    const { pdf, text } = await convertDocxWithLibreOffice(docx);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = text.replace(/\s+/g, ' ');
    for (const article of numberArticles(original).filter((a) => a.depth === 1)) {
      expect(flat).toContain(`${article.label} – ${article.title}`);
    }
    expect(flat).toContain('Page 1 sur');
    expect(flat).toContain('SCCV Les Tilleuls');
  });
});
