import type { ArticleChange, ArticleChangeStatus, DeedComparison } from '@deedroom/shared';
import { Badge, Text, UnstyledButton } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import classes from './comparison-summary.module.css';
import { describeArticleCounts, describeMinorCounts } from './describe-comparison-counts';
import { DEFAULT_REDLINE_ID_PREFIX, redlineElementId } from './redline-element-id';

export interface ComparisonSummaryProps {
  comparison: DeedComparison;
  /** The `idPrefix` given to `RedlineView`, so the links find its articles. Default: `redline-`. */
  idPrefix?: string;
  /**
   * Called when a changed article is chosen. By default the article of the redline is scrolled
   * into view and focused.
   */
  onSelectArticle?: (change: ArticleChange) => void;
}

const STATUS_BADGES: Record<ArticleChangeStatus, { label: string; color: string }> = {
  modified: { label: 'modifié', color: 'orange' },
  inserted: { label: 'inséré', color: 'green' },
  deleted: { label: 'supprimé', color: 'red' },
  moved: { label: 'déplacé', color: 'violet' },
  formatChanged: { label: 'mise en forme', color: 'gray' },
};

function describeStatus(change: ArticleChange): string {
  const { label } = STATUS_BADGES[change.status];
  if (change.status !== 'moved' || !change.formerNumber) return label;
  return `${label}, ancien ${change.formerNumber}`;
}

/** "Art. 4" for an article, "4.2" for a sub-article, as in the editor's outline. */
function labelNumber(number: string): string {
  return number.includes('.') ? number : `Art. ${number}`;
}

/**
 * « 3 articles modifiés, 1 inséré, 1 supprimé, 1 déplacé », then the changed articles, each a
 * link to its place in the redline.
 */
export function ComparisonSummary({
  comparison,
  idPrefix = DEFAULT_REDLINE_ID_PREFIX,
  onSelectArticle,
}: ComparisonSummaryProps) {
  const isMotionReduced = useReducedMotion();
  const { counts, changedArticles } = comparison.summary;
  const headline = comparison.identical
    ? 'Les deux versions sont identiques.'
    : (describeArticleCounts(counts) ?? 'Aucun article modifié dans son texte');
  const minor = describeMinorCounts(counts);

  const selectArticle = (change: ArticleChange) => {
    if (onSelectArticle) {
      onSelectArticle(change);
      return;
    }
    const target = document.getElementById(redlineElementId(change.anchor, idPrefix));
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: isMotionReduced ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  };

  return (
    <nav
      aria-labelledby="comparison-summary-title"
      className={classes.summary}
      data-testid="comparison-summary"
    >
      <Text id="comparison-summary-title" className={classes.heading}>
        Synthèse des modifications
      </Text>
      <Text className={classes.headline} data-testid="comparison-headline">
        {headline}
      </Text>
      {minor.map((phrase) => (
        <Text key={phrase} size="sm" c="dimmed">
          {phrase}
        </Text>
      ))}
      {changedArticles.length > 0 && (
        <ol className={classes.list}>
          {changedArticles.map((change) => (
            <li key={change.anchor}>
              <UnstyledButton
                className={classes.entry}
                onClick={() => selectArticle(change)}
                data-status={change.status}
                data-testid="comparison-summary-entry"
              >
                <span className={classes.number}>{labelNumber(change.number)}</span>
                <span className={classes.title}>{change.title.trim() || 'Sans titre'}</span>
                <Badge
                  className={classes.badge}
                  color={STATUS_BADGES[change.status].color}
                  variant="light"
                  radius="sm"
                  size="sm"
                >
                  {describeStatus(change)}
                </Badge>
              </UnstyledButton>
            </li>
          ))}
        </ol>
      )}
      {!comparison.identical && (
        <p className={classes.legend}>
          <span className={classes.legendInserted}>texte inséré</span>
          <span className={classes.legendDeleted}>texte supprimé</span>
          <span className={classes.legendFormat}>mise en forme modifiée</span>
        </p>
      )}
    </nav>
  );
}
