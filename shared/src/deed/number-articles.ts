/** A ProseMirror JSON node, as far as numbering needs to know it. */
export interface DeedJsonNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: DeedJsonNode[];
}

export interface NumberedArticle {
  /** "1", "4.2", "4.2.1" */
  number: string;
  /** "Article 4" at the top level, "4.2" below. */
  label: string;
  title: string;
  depth: number;
  /** Index path of the article node from the document root. */
  path: number[];
}

function textOf(node: DeedJsonNode | undefined): string {
  if (!node) return '';
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/**
 * Numbers the articles of a deed in document order, the way the editor's CSS counters draw them:
 * used by the outline, the exports and anything that quotes "Article 4.2".
 */
export function numberArticles(doc: DeedJsonNode): NumberedArticle[] {
  const result: NumberedArticle[] = [];
  const walk = (node: DeedJsonNode, prefix: number[], path: number[]) => {
    let counter = 0;
    (node.content ?? []).forEach((child, index) => {
      if (child.type !== 'article') return;
      counter += 1;
      const numbers = [...prefix, counter];
      const number = numbers.join('.');
      const childPath = [...path, index];
      result.push({
        number,
        label: numbers.length === 1 ? `Article ${number}` : number,
        title: textOf(child.content?.find((c) => c.type === 'articleTitle')),
        depth: numbers.length,
        path: childPath,
      });
      walk(child, numbers, childPath);
    });
  };
  walk(doc, [], []);
  return result;
}
