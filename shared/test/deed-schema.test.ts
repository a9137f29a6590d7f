import { describe, expect, it } from 'vitest';
import { getDeedSchema } from '../src/deed/deed-extensions';
import { type DeedJsonNode, numberArticles } from '../src/deed/number-articles';

const article = (title: string, ...children: DeedJsonNode[]): DeedJsonNode => ({
  type: 'article',
  content: [{ type: 'articleTitle', content: [{ type: 'text', text: title }] }, ...children],
});
const paragraph = (text: string): DeedJsonNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the deed schema', () => {
  it('builds in Node with articles, tables, defined terms, page breaks and annex references', () => {
    const schema = getDeedSchema();
    for (const name of [
      'article',
      'articleTitle',
      'table',
      'tableRow',
      'tableCell',
      'pageBreak',
      'annexReference',
      'bulletList',
      'orderedList',
    ]) {
      expect(schema.nodes[name], name).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'underline', 'definedTerm'])
      expect(schema.marks[mark], mark).toBeDefined();
  });

  it('accepts a realistic deed and rejects an article without a title', () => {
    const schema = getDeedSchema();
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        article(
          'Définitions',
          paragraph('Le « Prêteur » désigne la Banque.'),
          article('Interprétation', paragraph('…')),
        ),
        { type: 'pageBreak' },
        article('Objet', {
          type: 'paragraph',
          content: [{ type: 'annexReference', attrs: { annexId: 'a1', label: '3' } }],
        }),
      ],
    });
    expect(() => doc.check()).not.toThrow();
    const refs: string[] = [];
    doc.descendants((node) => {
      if (node.type.name === 'annexReference') refs.push(node.attrs.label);
    });
    expect(refs).toEqual(['3']);
    const bad = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'article', content: [paragraph('sans titre')] }],
    });
    expect(() => bad.check()).toThrow();
  });
});

describe('article numbering', () => {
  it('numbers top-level articles "Article N" and sub-articles "N.M", renumbering as they move', () => {
    const doc = {
      type: 'doc',
      content: [
        paragraph('Préambule'),
        article('Définitions', article('Termes', paragraph('x')), article('Interprétation')),
        article('Objet'),
      ],
    };
    expect(numberArticles(doc).map((a) => `${a.label} ${a.title}`)).toEqual([
      'Article 1 Définitions',
      '1.1 Termes',
      '1.2 Interprétation',
      'Article 2 Objet',
    ]);
    const moved = { ...doc, content: [doc.content[2], doc.content[1]] } as typeof doc;
    expect(numberArticles(moved).map((a) => a.label + a.title)).toEqual([
      'Article 1Objet',
      'Article 2Définitions',
      '2.1Termes',
      '2.2Interprétation',
    ]);
  });
});
