import { type ArticleApproval, type DeedJsonNode, numberArticles } from '@deedroom/shared';

interface ArticleText {
  number: string;
  title: string;
  depth: number;
  /** The article's own text: its title and blocks, without its sub-articles. */
  text: string;
}

function textOf(node: DeedJsonNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join(node.type === 'doc' || node.type === 'article' ? '\n' : '');
}

function nodeAt(doc: DeedJsonNode, path: readonly number[]): DeedJsonNode | undefined {
  let node: DeedJsonNode | undefined = doc;
  for (const index of path) node = node?.content?.[index];
  return node;
}

function readArticles(doc: DeedJsonNode): ArticleText[] {
  return numberArticles(doc).map((article) => {
    const node = nodeAt(doc, article.path);
    const own = (node?.content ?? []).filter((child) => child.type !== 'article');
    return {
      number: article.number,
      title: article.title,
      depth: article.depth,
      text: own.map(textOf).join('\n'),
    };
  });
}

/** The same article in another version: same title at the same depth, the same number preferred. */
function findCounterpart(article: ArticleText, others: readonly ArticleText[]): ArticleText | undefined {
  const candidates = others.filter((o) => o.depth === article.depth && o.title === article.title);
  return candidates.find((o) => o.number === article.number) ?? candidates[0];
}

/**
 * Per-article approval: an article that reads the same in every party's approved version and in
 * the current text is « approuvé par toutes les parties »; one that read the same in every
 * approved version but differs now is flagged as changed since the approval. Articles on which
 * the approved versions disagree, or that are new, are left out.
 */
export function markApprovedArticles(
  current: DeedJsonNode,
  approvedContents: readonly DeedJsonNode[],
): ArticleApproval[] {
  if (approvedContents.length === 0) return [];
  const approved = approvedContents.map(readArticles);
  return readArticles(current).flatMap((article): ArticleApproval[] => {
    const texts = approved.map((articles) => findCounterpart(article, articles)?.text);
    const [first] = texts;
    if (first === undefined || texts.some((t) => t !== first)) return [];
    const status = first === article.text ? 'approved' : 'changed';
    return [{ number: article.number, title: article.title, status }];
  });
}
