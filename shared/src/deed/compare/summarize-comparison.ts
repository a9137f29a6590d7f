import type {
  ArticleChange,
  ArticleChangeStatus,
  ComparedBlock,
  ComparisonCounts,
  ComparisonSummary,
} from './deed-comparison';

function isChanged(block: ComparedBlock): boolean {
  return block.status !== 'unchanged' || block.isMoved === true;
}

/** How an article's own title and text changed, leaving its sub-articles to their own entries. */
function judgeOwnContent(article: ComparedBlock): ArticleChangeStatus | undefined {
  const own = (article.children ?? []).filter((child) => !child.article);
  if (own.some((child) => child.isMoved || !['unchanged', 'formatChanged'].includes(child.status))) {
    return 'modified';
  }
  if (article.formatChange || own.some((child) => child.status === 'formatChanged')) return 'formatChanged';
  return undefined;
}

function judgeArticle(block: ComparedBlock): ArticleChangeStatus | undefined {
  if (block.status === 'inserted' || block.status === 'deleted') return block.status;
  if (block.isMoved) return 'moved';
  return judgeOwnContent(block);
}

function collectArticleChanges(blocks: readonly ComparedBlock[], changes: ArticleChange[]): void {
  for (const block of blocks) {
    const { article } = block;
    if (!article) continue;
    const status = judgeArticle(block);
    if (status) {
      const change: ArticleChange = {
        number: article.number,
        title: article.title,
        status,
        anchor: article.anchor,
      };
      if (article.formerNumber) change.formerNumber = article.formerNumber;
      changes.push(change);
    }
    // The sub-articles of an inserted or deleted article go with it.
    if (status !== 'inserted' && status !== 'deleted') collectArticleChanges(block.children ?? [], changes);
  }
}

/**
 * Counts and lists the changed articles, in reading order, numbered in the version where they
 * exist. A parent whose only change is in a sub-article is not listed: the sub-article is.
 */
export function summarizeComparison(blocks: readonly ComparedBlock[]): ComparisonSummary {
  const changedArticles: ArticleChange[] = [];
  collectArticleChanges(blocks, changedArticles);
  const counts: ComparisonCounts = {
    inserted: 0,
    deleted: 0,
    modified: 0,
    moved: 0,
    formatChanged: 0,
    otherChanges: blocks.filter((block) => !block.article && isChanged(block)).length,
  };
  for (const change of changedArticles) counts[change.status] += 1;
  return { counts, changedArticles };
}
