import type { BlockPaths, ComparisonContext } from './create-comparison-context';
import type { ComparedArticle } from './deed-comparison';
import type { DeedNode } from './normalize-deed-node';

function readText(node: DeedNode | undefined): string {
  if (!node) return '';
  if (node.type === 'annexReference') return `Annexe ${node.attrs?.label ?? ''}`;
  return node.text ?? (node.content ?? []).map(readText).join('');
}

/**
 * Number, title and anchor of an article in the redline: the after version's number, or the
 * before version's for a deleted article. Undefined for an article the numbering skips (one
 * nested in a list or a table).
 */
export function describeComparedArticle(
  node: DeedNode,
  paths: BlockPaths,
  context: ComparisonContext,
): ComparedArticle | undefined {
  if (node.type !== 'article') return undefined;
  const afterNumber = paths.after && context.findNumber('after', paths.after);
  const beforeNumber = paths.before && context.findNumber('before', paths.before);
  const number = afterNumber ?? beforeNumber;
  if (!number) return undefined;
  const article: ComparedArticle = {
    number,
    depth: number.split('.').length,
    title: readText(node.content?.find((child) => child.type === 'articleTitle')).trim(),
    anchor: afterNumber ? `article-${afterNumber}` : `deleted-article-${number}`,
  };
  if (afterNumber && beforeNumber && afterNumber !== beforeNumber) article.formerNumber = beforeNumber;
  return article;
}
