import type { ArticleApproval } from '@deedroom/shared';
import { Text } from '@mantine/core';
import listClasses from '../deed-editor/side-panel-list.module.css';
import classes from './approvals.module.css';

function labelOf(number: string): string {
  return number.includes('.') ? number : `Art.\u00a0${number}`;
}

/**
 * Per-article approval: how many articles every party approved as they read now, and the
 * articles changed since they were approved by all, flagged.
 */
export function ArticleApprovals({ articles }: { articles: ArticleApproval[] }) {
  const approved = articles.filter((a) => a.status === 'approved');
  const changed = articles.filter((a) => a.status === 'changed');
  return (
    <section aria-labelledby="approvals-articles-title" data-testid="article-approvals">
      <Text id="approvals-articles-title" className={listClasses.heading} mb={6}>
        Articles
      </Text>
      <Text size="sm" data-testid="articles-approved-count">
        {approved.length === 1
          ? '1 article approuvé par toutes les parties'
          : `${approved.length} articles approuvés par toutes les parties`}
      </Text>
      {changed.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={8} className={classes.changed}>
            Modifiés depuis l’accord de toutes les parties :
          </Text>
          <ul className={classes.articles} data-testid="articles-changed">
            {changed.map((article) => (
              <li key={`${article.number}-${article.title}`}>
                <span className={classes.articleNumber}>{labelOf(article.number)}</span>
                <span className={classes.changed}>{article.title || 'Sans titre'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
