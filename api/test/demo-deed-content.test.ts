import { getDeedSchema, numberArticles } from '@deedroom/shared';
import { describe, expect, it } from 'vitest';
import type { JsonNode } from '../src/services/demo/deed-content/build-deed-json';
import { integerInWords } from '../src/services/demo/deed-content/build-deed-json';
import { buildCompletionGuarantee } from '../src/services/demo/deed-content/completion-guarantee';
import { buildCreditAgreement, type DealFacts } from '../src/services/demo/deed-content/credit-agreement';

const TILLEULS: DealFacts = {
  programme: 'Résidence Les Tilleuls',
  city: 'Nantes',
  lots: 42,
  amountCents: 8_400_000_00,
  bankName: 'Banque Horizon',
  developerName: 'Atlantique Promotion',
  borrowerName: 'SCCV Les Tilleuls',
  notaryName: 'Office notarial Dupuis',
  signingCity: 'Nantes',
};

const TERRASSES: DealFacts = {
  programme: 'Les Terrasses du Rhône',
  city: 'Lyon',
  lots: 64,
  amountCents: 12_750_000_00,
  bankName: 'Banque Horizon',
  developerName: 'Rhône Habitat',
  borrowerName: 'SCCV Terrasses du Rhône',
  notaryName: 'Maître Anne Dupuis',
  signingCity: 'Lyon',
};

const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

function allNodes(node: JsonNode): JsonNode[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function textOf(node: JsonNode): string {
  return allNodes(node)
    .map((n) => n.text ?? '')
    .join('');
}

function countType(node: JsonNode, type: string): number {
  return allNodes(node).filter((n) => n.type === type).length;
}

describe.each([TILLEULS, TERRASSES])('demo deed content for $programme', (facts) => {
  const credit = buildCreditAgreement(facts);
  const gfa = buildCompletionGuarantee(facts);

  it('builds a credit agreement the deed schema accepts', () => {
    expect(() => getDeedSchema().nodeFromJSON(credit).check()).not.toThrow();
  });

  it('builds a completion guarantee the deed schema accepts', () => {
    expect(() => getDeedSchema().nodeFromJSON(gfa).check()).not.toThrow();
  });

  it('gives the credit agreement 18 to 25 top-level articles, with sub-articles', () => {
    const articles = numberArticles(credit);
    const topLevel = articles.filter((a) => a.depth === 1);
    expect(topLevel.length).toBeGreaterThanOrEqual(18);
    expect(topLevel.length).toBeLessThanOrEqual(25);
    expect(articles.some((a) => a.depth === 2)).toBe(true);
    expect(topLevel.every((a) => !/^Article\s/.test(a.title))).toBe(true);
  });

  it('gives the completion guarantee 6 to 10 top-level articles', () => {
    const topLevel = numberArticles(gfa).filter((a) => a.depth === 1);
    expect(topLevel.length).toBeGreaterThanOrEqual(6);
    expect(topLevel.length).toBeLessThanOrEqual(10);
  });

  it('quotes the programme, the city and the formatted amount', () => {
    const text = textOf(credit);
    expect(text).toContain(facts.programme);
    expect(text).toContain(facts.city);
    expect(text).toContain(EUROS.format(facts.amountCents / 100));
  });

  it('has tables, annex references and defined terms', () => {
    expect(countType(credit, 'table')).toBeGreaterThanOrEqual(2);
    expect(countType(credit, 'annexReference')).toBeGreaterThanOrEqual(1);
    expect(allNodes(credit).some((n) => n.marks?.some((m) => m.type === 'definedTerm'))).toBe(true);
    expect(countType(gfa, 'table')).toBeGreaterThanOrEqual(1);
    expect(countType(gfa, 'annexReference')).toBeGreaterThanOrEqual(1);
  });

  it('lists every lot in the completion guarantee', () => {
    const lotTable = allNodes(gfa).find((n) => n.type === 'table');
    // Header row + one row per lot + total row.
    expect(lotTable?.content?.length).toBe(facts.lots + 2);
  });
});

describe('amounts in French words', () => {
  it.each([
    [8_400_000, 'huit millions quatre cent mille'],
    [12_750_000, 'douze millions sept cent cinquante mille'],
    [80_000, 'quatre-vingt mille'],
    [280, 'deux cent quatre-vingts'],
    [71_091, 'soixante et onze mille quatre-vingt-onze'],
    [1_200_000, 'un million deux cent mille'],
  ])('writes %i as %s', (value, words) => {
    expect(integerInWords(value)).toBe(words);
  });
});
