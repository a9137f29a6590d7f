import type { JSONContent } from '@tiptap/core';
import { compareBlockLists } from './compare-block-trees';
import { createComparisonContext } from './create-comparison-context';
import type { DeedComparison } from './deed-comparison';
import { normalizeDeedNode } from './normalize-deed-node';
import { summarizeComparison } from './summarize-comparison';

/**
 * The redline of two versions of a deed (ProseMirror JSON of the deed schema): blocks aligned
 * (moved articles found as such, deleted ones at their former place), words diffed within
 * matched blocks, formatting changes flagged, and a summary of the changed articles. Pure and
 * deterministic; the result is plain JSON matching `DeedComparisonSchema`.
 *
 * @example
 * const comparison = compareDeeds(version3.content, version4.content);
 * comparison.summary.changedArticles; // [{ number: '4', title: 'Montant du crédit', status: 'modified', ... }]
 */
export function compareDeeds(before: JSONContent, after: JSONContent): DeedComparison {
  const beforeDoc = normalizeDeedNode(before);
  const afterDoc = normalizeDeedNode(after);
  const context = createComparisonContext(beforeDoc, afterDoc);
  const blocks = compareBlockLists(
    beforeDoc.content ?? [],
    afterDoc.content ?? [],
    { before: [], after: [] },
    context,
  );
  return {
    identical: blocks.every((block) => block.status === 'unchanged' && !block.isMoved),
    blocks,
    summary: summarizeComparison(blocks),
  };
}
