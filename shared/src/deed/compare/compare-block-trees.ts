import { alignBlocks } from './align-blocks';
import { buildUniformBlock } from './build-uniform-block';
import { type BlockPaths, type ComparisonContext, extendPaths } from './create-comparison-context';
import type { BlockStatus, ComparedBlock, RedlineSegment } from './deed-comparison';
import { describeBlockFormat } from './describe-block-format';
import { describeComparedArticle } from './describe-compared-article';
import { diffInlineTokens } from './diff-inline-tokens';
import { fingerprintBlock } from './fingerprint-block';
import { isTextBlock } from './is-text-block';
import type { DeedNode } from './normalize-deed-node';
import { tokenizeInlineContent } from './tokenize-inline-content';

function judgeSegments(segments: readonly RedlineSegment[], hasFormatChange: boolean): BlockStatus {
  if (segments.some((segment) => segment.op !== 'equal')) return 'modified';
  if (hasFormatChange || segments.some((segment) => segment.markChange)) return 'formatChanged';
  return 'unchanged';
}

function judgeChildren(children: readonly ComparedBlock[], hasFormatChange: boolean): BlockStatus {
  const isChanged = (child: ComparedBlock) =>
    child.isMoved || (child.status !== 'unchanged' && child.status !== 'formatChanged');
  if (children.some(isChanged)) return 'modified';
  if (hasFormatChange || children.some((child) => child.status === 'formatChanged')) return 'formatChanged';
  return 'unchanged';
}

/** Cells of matched rows pair up by position; extra cells are inserted or deleted. */
function compareCells(before: DeedNode[], after: DeedNode[], paths: BlockPaths, context: ComparisonContext) {
  const count = Math.max(before.length, after.length);
  return Array.from({ length: count }, (_, index): ComparedBlock => {
    const left = before[index];
    const right = after[index];
    const childPaths = extendPaths(paths, index);
    if (left && right) return compareBlockPair(left, right, childPaths, context);
    if (right) return buildUniformBlock(right, 'inserted', { after: childPaths.after ?? [] }, context);
    return buildUniformBlock(left as DeedNode, 'deleted', { before: childPaths.before ?? [] }, context);
  });
}

/**
 * Redline of two lists of sibling blocks: aligned (see `alignBlocks`), then each pair compared,
 * identical pairs taken whole.
 */
export function compareBlockLists(
  before: DeedNode[],
  after: DeedNode[],
  paths: BlockPaths,
  context: ComparisonContext,
  isPositional = false,
): ComparedBlock[] {
  const beforePrints = before.map(fingerprintBlock);
  const afterPrints = after.map(fingerprintBlock);
  return alignBlocks(beforePrints, afterPrints, { isPositional }).map((entry) => {
    if (entry.kind === 'inserted') {
      const path = [...(paths.after ?? []), entry.after];
      return buildUniformBlock(after[entry.after] as DeedNode, 'inserted', { after: path }, context);
    }
    if (entry.kind === 'deleted') {
      const path = [...(paths.before ?? []), entry.before];
      return buildUniformBlock(before[entry.before] as DeedNode, 'deleted', { before: path }, context);
    }
    const pairPaths: BlockPaths = {
      before: [...(paths.before ?? []), entry.before],
      after: [...(paths.after ?? []), entry.after],
    };
    const left = beforePrints[entry.before];
    const right = afterPrints[entry.after];
    if (!left || !right) throw new Error('alignment out of range');
    const block =
      left.key === right.key
        ? buildUniformBlock(right.node, 'unchanged', pairPaths, context)
        : compareBlockPair(left.node, right.node, pairPaths, context);
    if (entry.isMoved) block.isMoved = true;
    return block;
  });
}

/** Redline of two matched blocks: word diff for text blocks, aligned children for containers. */
export function compareBlockPair(
  before: DeedNode,
  after: DeedNode,
  paths: BlockPaths,
  context: ComparisonContext,
): ComparedBlock {
  const block: ComparedBlock = { type: after.type, status: 'unchanged' };
  if (after.attrs && Object.keys(after.attrs).length > 0) block.attrs = after.attrs;
  const article = describeComparedArticle(after, paths, context);
  if (article) block.article = article;
  const formatBefore = describeBlockFormat(before);
  const formatAfter = describeBlockFormat(after);
  if (formatBefore !== formatAfter) block.formatChange = { before: formatBefore, after: formatAfter };
  const hasFormatChange = block.formatChange !== undefined;

  if (isTextBlock(after) && isTextBlock(before)) {
    block.segments = diffInlineTokens(
      tokenizeInlineContent(before.content),
      tokenizeInlineContent(after.content),
    );
    block.status = judgeSegments(block.segments, hasFormatChange);
    return block;
  }
  const beforeChildren = before.content ?? [];
  const afterChildren = after.content ?? [];
  if (after.type === 'tableRow') block.children = compareCells(beforeChildren, afterChildren, paths, context);
  else if (beforeChildren.length > 0 || afterChildren.length > 0) {
    block.children = compareBlockLists(beforeChildren, afterChildren, paths, context, after.type === 'table');
  }
  block.status = judgeChildren(block.children ?? [], hasFormatChange);
  return block;
}
