import '@fontsource-variable/source-serif-4/wght.css';
import '@fontsource-variable/source-serif-4/wght-italic.css';
import '../deed-editor/deed-document.css';
import type { DeedComparison } from '@deedroom/shared';
import { RedlineBlocks } from './redline-block';
import { DEFAULT_REDLINE_ID_PREFIX } from './redline-element-id';
import classes from './redline-view.module.css';

export interface RedlineViewProps {
  /** The output of `compareDeeds`, as the versions API returns it. */
  comparison: DeedComparison;
  /**
   * Prefix of the ids given to the articles (`${idPrefix}${anchor}`); pass the same one to
   * `ComparisonSummary` so its links find them. Default: `redline-`.
   */
  idPrefix?: string;
  /** Accessible name of the page. Default: « Comparaison des deux versions de l’acte ». */
  label?: string;
}

/**
 * A comparison of two versions of a deed as a legal redline on a sheet of paper: inserted words
 * underlined in green, deleted ones struck through in red, reformatted ones underlined with
 * dots, moved articles flagged with their former number. Deleted blocks stand at their former
 * place. Presentational: it draws what it is given.
 */
export function RedlineView({
  comparison,
  idPrefix = DEFAULT_REDLINE_ID_PREFIX,
  label = 'Comparaison des deux versions de l’acte',
}: RedlineViewProps) {
  return (
    <article className={classes.paper} aria-label={label} data-testid="redline-view">
      <div className={`deed-document ${classes.document}`}>
        <RedlineBlocks blocks={comparison.blocks} idPrefix={idPrefix} isWithinWholeChange={false} />
      </div>
    </article>
  );
}
