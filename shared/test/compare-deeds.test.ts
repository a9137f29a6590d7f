import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: test fixtures only; the demo deed builders are pure functions.
import { article, bold, p } from '../../api/src/services/demo/deed-content/build-deed-json';
// biome-ignore lint/style/noRestrictedImports: test fixtures only; the demo deed builders are pure functions.
import { buildCompletionGuarantee } from '../../api/src/services/demo/deed-content/completion-guarantee';
// biome-ignore lint/style/noRestrictedImports: test fixtures only; the demo deed builders are pure functions.
import type { DealFacts } from '../../api/src/services/demo/deed-content/credit-agreement';
// biome-ignore lint/style/noRestrictedImports: test fixtures only; the demo deed builders are pure functions.
import { buildCreditAgreement } from '../../api/src/services/demo/deed-content/credit-agreement';
import { compareDeeds } from '../src/deed/compare/compare-deeds';
import { type ComparedBlock, DeedComparisonSchema, type RedlineSegment } from '../src/schemas/compare';

const FACTS: DealFacts = {
  programme: 'Résidence Les Tilleuls',
  city: 'Villeurbanne',
  lots: 42,
  amountCents: 840_000_000,
  bankName: 'Banque Rhône-Alpes',
  developerName: 'Promoval',
  borrowerName: 'SCCV Les Tilleuls',
  notaryName: 'Office notarial Bellecour',
  signingCity: 'Lyon',
};

const creditAgreement = () => buildCreditAgreement(FACTS) as JSONContent;
const completionGuarantee = () => buildCompletionGuarantee(FACTS) as JSONContent;

function titleOf(node: JSONContent): string {
  return node.content?.[0]?.content?.map((inline) => inline.text ?? '').join('') ?? '';
}

/** Index, among the document's top-level blocks, of the article with this title. */
function indexOfArticle(doc: JSONContent, title: string): number {
  const index = (doc.content ?? []).findIndex((node) => node.type === 'article' && titleOf(node) === title);
  if (index < 0) throw new Error(`no article « ${title} »`);
  return index;
}

function articleNamed(doc: JSONContent, title: string): JSONContent {
  const found = (doc.content ?? [])[indexOfArticle(doc, title)];
  if (!found) throw new Error(`no article « ${title} »`);
  return found;
}

function childAt(node: JSONContent, ...path: number[]): JSONContent {
  let current = node;
  for (const index of path) {
    const next = current.content?.[index];
    if (!next) throw new Error(`nothing at ${path.join('.')}`);
    current = next;
  }
  return current;
}

/** Every block of the redline, depth first. */
function flatten(blocks: readonly ComparedBlock[]): ComparedBlock[] {
  return blocks.flatMap((block) => [block, ...flatten(block.children ?? [])]);
}

function comparedArticle(blocks: readonly ComparedBlock[], number: string): ComparedBlock {
  const found = flatten(blocks).find(
    (block) => block.article?.number === number && block.status !== 'deleted',
  );
  if (!found) throw new Error(`no compared article ${number}`);
  return found;
}

function changesOf(segments: readonly RedlineSegment[] | undefined) {
  return (segments ?? []).filter((segment) => segment.op !== 'equal');
}

/** The text of one side, read back from the segments. */
function readSide(segments: readonly RedlineSegment[] | undefined, side: 'before' | 'after'): string {
  const skipped = side === 'before' ? 'insert' : 'delete';
  return (segments ?? [])
    .filter((segment) => segment.op !== skipped)
    .map((segment) => segment.text)
    .join('');
}

const NO_COUNTS = { inserted: 0, deleted: 0, modified: 0, moved: 0, formatChanged: 0, otherChanges: 0 };

describe('compareDeeds', () => {
  it('finds two copies of a deed identical', () => {
    for (const build of [creditAgreement, completionGuarantee]) {
      const comparison = compareDeeds(build(), build());

      expect(comparison.identical).toBe(true);
      expect(comparison.summary).toEqual({ counts: NO_COUNTS, changedArticles: [] });
      expect(
        flatten(comparison.blocks).every((block) => block.status === 'unchanged' && !block.isMoved),
      ).toBe(true);
    }
  });

  it('marks an inserted word, and only it', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const paragraph = childAt(articleNamed(after, 'Objet du crédit'), 1, 0);
    const original = paragraph.text ?? '';
    paragraph.text = original.replace('crédit d’accompagnement', 'crédit irrévocable d’accompagnement');

    const comparison = compareDeeds(before, after);

    const compared = comparedArticle(comparison.blocks, '2').children?.[1];
    expect(compared?.status).toBe('modified');
    const changes = changesOf(compared?.segments);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.op).toBe('insert');
    expect(changes[0]?.text.trim()).toBe('irrévocable');
    expect(readSide(compared?.segments, 'before')).toBe(original);
    expect(readSide(compared?.segments, 'after')).toBe(paragraph.text);
    expect(comparison.identical).toBe(false);
    expect(comparison.summary).toEqual({
      counts: { ...NO_COUNTS, modified: 1 },
      changedArticles: [{ number: '2', title: 'Objet du crédit', status: 'modified', anchor: 'article-2' }],
    });
  });

  it('marks a deleted sentence as one deletion', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const sentence =
      ' Si une retenue est imposée par la loi, l’Emprunteur majore son paiement de sorte que le Prêteur perçoive ' +
      'le montant qu’il aurait reçu en l’absence de retenue.';
    const paragraph = childAt(articleNamed(after, 'Frais et impôts'), 2, 0);
    expect(paragraph.text).toContain(sentence);
    paragraph.text = paragraph.text?.replace(sentence, '');

    const comparison = compareDeeds(before, after);

    const compared = comparedArticle(comparison.blocks, '19');
    expect(compared.children?.map((child) => child.status)).toEqual(['unchanged', 'unchanged', 'modified']);
    expect(compared.children?.[2]?.segments).toEqual([
      { op: 'equal', text: 'Tous paiements sont effectués nets de toute retenue fiscale.' },
      { op: 'delete', text: sentence },
    ]);
    expect(comparison.summary.changedArticles).toEqual([
      { number: '19', title: 'Frais et impôts', status: 'modified', anchor: 'article-19' },
    ]);
  });

  it('reports a moved article as moved, with its former and new numbers', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const content = after.content ?? [];
    const [moved] = content.splice(indexOfArticle(after, 'Frais et impôts'), 1);
    if (!moved) throw new Error('no article to move');
    content.splice(indexOfArticle(after, 'Objet du crédit') + 1, 0, moved);

    const comparison = compareDeeds(before, after);

    expect(comparison.summary).toEqual({
      counts: { ...NO_COUNTS, moved: 1 },
      changedArticles: [
        { number: '3', formerNumber: '19', title: 'Frais et impôts', status: 'moved', anchor: 'article-3' },
      ],
    });
    const articles = comparison.blocks.filter((block) => block.article);
    expect(articles.map((block) => block.article?.title).slice(1, 4)).toEqual([
      'Objet du crédit',
      'Frais et impôts',
      'Description du Programme',
    ]);
    const movedBlock = articles[2];
    expect(movedBlock).toMatchObject({ status: 'unchanged', isMoved: true });
    expect(movedBlock?.article).toMatchObject({ number: '3', formerNumber: '19' });
    // Renumbered articles are neither moved nor changed; nothing is deleted or inserted.
    expect(articles[3]?.article).toMatchObject({ number: '4', formerNumber: '3' });
    expect(articles[3]?.isMoved).toBeUndefined();
    const statuses = new Set(flatten(comparison.blocks).map((block) => block.status));
    expect(statuses).toEqual(new Set(['unchanged']));
  });

  it('still finds an article that was moved and reworded', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const content = after.content ?? [];
    const [moved] = content.splice(indexOfArticle(after, 'Durée du crédit et période de disponibilité'), 1);
    if (!moved) throw new Error('no article to move');
    const paragraph = childAt(moved, 2, 0);
    paragraph.text = paragraph.text?.replace('six (6) mois', 'douze (12) mois');
    content.push(moved);

    const comparison = compareDeeds(before, after);

    expect(comparison.summary.changedArticles).toEqual([
      {
        number: '24',
        formerNumber: '7',
        title: 'Durée du crédit et période de disponibilité',
        status: 'moved',
        anchor: 'article-24',
      },
    ]);
    const movedBlock = comparedArticle(comparison.blocks, '24');
    expect(movedBlock).toMatchObject({ status: 'modified', isMoved: true });
    expect(changesOf(movedBlock.children?.[2]?.segments)).toEqual([
      { op: 'delete', text: 'six (6' },
      { op: 'insert', text: 'douze (12' },
    ]);
  });

  it('marks only the words of the one table cell that changed', () => {
    const before = completionGuarantee();
    const after = completionGuarantee();
    const table = childAt(articleNamed(after, 'Lots garantis'), 2);
    const rowIndex = (table.content ?? []).findIndex((row) => JSON.stringify(row).includes('"A103"'));
    const price = childAt(table, rowIndex, 5, 0, 0);
    const originalPrice = price.text ?? '';
    price.text = originalPrice.replace(/^343/, '345');
    expect(price.text).not.toBe(originalPrice);

    const comparison = compareDeeds(before, after);

    const comparedTable = comparedArticle(comparison.blocks, '3').children?.[2];
    expect(comparedTable?.type).toBe('table');
    const rowStatuses = comparedTable?.children?.map((row) => row.status) ?? [];
    expect(rowStatuses.filter((status) => status !== 'unchanged')).toEqual(['modified']);
    expect(rowStatuses.indexOf('modified')).toBe(rowIndex);
    const cells = comparedTable?.children?.[rowIndex]?.children ?? [];
    expect(cells.map((cell) => cell.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'modified',
    ]);
    const cellSegments = cells[5]?.children?.[0]?.segments;
    expect(changesOf(cellSegments)).toEqual([
      { op: 'delete', text: '343' },
      { op: 'insert', text: '345' },
    ]);
    expect(readSide(cellSegments, 'after')).toBe(price.text);
    expect(comparison.summary.changedArticles).toEqual([
      { number: '3', title: 'Lots garantis', status: 'modified', anchor: 'article-3' },
    ]);
  });

  it('shows an inserted table row as one inserted row', () => {
    const before = completionGuarantee();
    const after = completionGuarantee();
    const rows = childAt(articleNamed(after, 'Lots garantis'), 2).content ?? [];
    const newRow: JSONContent | undefined = JSON.parse(JSON.stringify(rows[3]));
    if (!newRow) throw new Error('no row to copy');
    childAt(newRow, 0, 0, 0).text = 'A007';
    rows.splice(4, 0, newRow);

    const comparison = compareDeeds(before, after);

    const comparedRows = comparedArticle(comparison.blocks, '3').children?.[2]?.children ?? [];
    expect(comparedRows).toHaveLength(rows.length);
    expect(
      comparedRows.map((row, index) => [index, row.status]).filter(([, status]) => status !== 'unchanged'),
    ).toEqual([[4, 'inserted']]);
    expect(comparedRows[4]?.children?.map((cell) => readSide(cell.children?.[0]?.segments, 'after'))).toEqual(
      (newRow.content ?? []).map((cell) => childAt(cell, 0, 0).text),
    );
  });

  it('detects a word put in bold as a formatting change only', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const paragraph = childAt(articleNamed(after, 'Durée du crédit et période de disponibilité'), 1);
    const text = paragraph.content?.[0]?.text ?? '';
    const [head, tail] = text.split('annulée');
    paragraph.content = [{ type: 'text', text: head }, bold('annulée'), { type: 'text', text: tail }];

    const comparison = compareDeeds(before, after);

    const compared = comparedArticle(comparison.blocks, '7').children?.[1];
    expect(compared?.status).toBe('formatChanged');
    expect(changesOf(compared?.segments)).toEqual([]);
    expect(compared?.segments?.filter((segment) => segment.markChange)).toEqual([
      { op: 'equal', text: 'annulée', marks: ['bold'], markChange: { before: [], after: ['bold'] } },
    ]);
    expect(comparison.identical).toBe(false);
    expect(comparison.summary).toEqual({
      counts: { ...NO_COUNTS, formatChanged: 1 },
      changedArticles: [
        {
          number: '7',
          title: 'Durée du crédit et période de disponibilité',
          status: 'formatChanged',
          anchor: 'article-7',
        },
      ],
    });
  });

  it('ignores suggestion marks and zero-width anchors', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const paragraph = childAt(articleNamed(after, 'Objet du crédit'), 1);
    const text = paragraph.content?.[0]?.text ?? '';
    paragraph.content = [
      { type: 'text', text: text.slice(0, 10) },
      { type: 'text', text: `\u200b${text.slice(10, 20)}`, marks: [{ type: 'insertion', attrs: { id: 7 } }] },
      { type: 'text', text: `${text.slice(20)}\u200b` },
    ];

    expect(compareDeeds(before, after).identical).toBe(true);
  });

  it('shows an inserted and a deleted article whole, the deleted one at its former place', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const content = after.content ?? [];
    content.splice(indexOfArticle(after, 'Cession et transfert'), 1);
    const inserted = article(
      'Confidentialité',
      p('Les Parties s’engagent à garder confidentielles les stipulations de la Convention.'),
    );
    content.splice(indexOfArticle(after, 'Objet du crédit') + 1, 0, inserted);

    const comparison = compareDeeds(before, after);

    expect(comparison.summary).toEqual({
      counts: { ...NO_COUNTS, inserted: 1, deleted: 1 },
      changedArticles: [
        { number: '3', title: 'Confidentialité', status: 'inserted', anchor: 'article-3' },
        { number: '20', title: 'Cession et transfert', status: 'deleted', anchor: 'deleted-article-20' },
      ],
    });
    const titles = comparison.blocks.filter((block) => block.article).map((block) => block.article?.title);
    const deletedAt = titles.indexOf('Cession et transfert');
    expect(titles.slice(deletedAt - 1, deletedAt + 2)).toEqual([
      'Frais et impôts',
      'Cession et transfert',
      'Signature électronique et preuve',
    ]);
    const deleted = flatten(comparison.blocks).find(
      (block) => block.article?.anchor === 'deleted-article-20',
    );
    expect(deleted?.status).toBe('deleted');
    const deletedSegments = flatten(deleted?.children ?? []).flatMap((block) => block.segments ?? []);
    expect(deletedSegments.length).toBeGreaterThan(0);
    expect(deletedSegments.every((segment) => segment.op === 'delete')).toBe(true);
    const insertedBlock = comparedArticle(comparison.blocks, '3');
    expect(insertedBlock.status).toBe('inserted');
    expect(insertedBlock.children?.map((child) => child.segments)).toEqual([
      [{ op: 'insert', text: 'Confidentialité' }],
      [
        {
          op: 'insert',
          text: 'Les Parties s’engagent à garder confidentielles les stipulations de la Convention.',
        },
      ],
    ]);
  });

  it('summarises exactly the changed articles, sub-articles by their own number', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    // 10.1: a figure changes in a sub-article (article 10 itself is untouched).
    const rate = childAt(articleNamed(after, 'Intérêts'), 1, 1, 0);
    rate.text = `${rate.text} Le taux ne peut être négatif.`;
    // The deed's title heading: outside any article.
    const heading = (after.content ?? [])[0];
    if (heading?.attrs) heading.attrs.level = 2;
    // Article 23 is deleted, article 7 moved to the end.
    const content = after.content ?? [];
    content.splice(indexOfArticle(after, 'Droit applicable et juridiction'), 1);
    const [moved] = content.splice(indexOfArticle(after, 'Durée du crédit et période de disponibilité'), 1);
    if (!moved) throw new Error('no article to move');
    content.splice(indexOfArticle(after, 'Liste des annexes') + 1, 0, moved);

    const comparison = compareDeeds(before, after);

    expect(comparison.summary).toEqual({
      counts: { inserted: 0, deleted: 1, modified: 1, moved: 1, formatChanged: 0, otherChanges: 1 },
      changedArticles: [
        {
          number: '9.1',
          formerNumber: '10.1',
          title: 'Taux d’intérêt',
          status: 'modified',
          anchor: 'article-9.1',
        },
        {
          number: '23',
          title: 'Droit applicable et juridiction',
          status: 'deleted',
          anchor: 'deleted-article-23',
        },
        {
          number: '23',
          formerNumber: '7',
          title: 'Durée du crédit et période de disponibilité',
          status: 'moved',
          anchor: 'article-23',
        },
      ],
    });
    expect(comparison.blocks[0]).toMatchObject({
      type: 'heading',
      status: 'formatChanged',
      formatChange: { before: 'heading level=1', after: 'heading level=2' },
    });
  });

  it('returns plain JSON that matches its schema, the same on every run', () => {
    const before = creditAgreement();
    const after = creditAgreement();
    const content = after.content ?? [];
    content.splice(indexOfArticle(after, 'Intérêts'), 1);
    childAt(articleNamed(after, 'Objet du crédit'), 1, 0).text = 'Texte entièrement réécrit.';

    const comparison = compareDeeds(before, after);

    expect(DeedComparisonSchema.parse(comparison)).toEqual(comparison);
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
    expect(compareDeeds(before, after)).toEqual(comparison);
  });
});
