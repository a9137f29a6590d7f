import { type BlockPaths, type ComparisonContext, extendPaths } from './create-comparison-context';
import type { BlockStatus, ComparedBlock, SegmentOp } from './deed-comparison';
import { describeComparedArticle } from './describe-compared-article';
import { isTextBlock } from './is-text-block';
import type { DeedNode } from './normalize-deed-node';
import { presentInlineContent } from './present-inline-content';

export type UniformStatus = Extract<BlockStatus, 'unchanged' | 'inserted' | 'deleted'>;

const OP_OF_STATUS: Record<UniformStatus, SegmentOp> = {
  unchanged: 'equal',
  inserted: 'insert',
  deleted: 'delete',
};

/**
 * A block that is the same throughout: unchanged (identical in both versions, so `paths` has
 * both sides and the subtree has the same shape in each), wholly inserted or wholly deleted.
 */
export function buildUniformBlock(
  node: DeedNode,
  status: UniformStatus,
  paths: BlockPaths,
  context: ComparisonContext,
): ComparedBlock {
  const block: ComparedBlock = { type: node.type, status };
  if (node.attrs && Object.keys(node.attrs).length > 0) block.attrs = node.attrs;
  const article = describeComparedArticle(node, paths, context);
  if (article) block.article = article;
  if (isTextBlock(node)) {
    block.segments = presentInlineContent(node.content, OP_OF_STATUS[status]);
  } else if (node.content) {
    block.children = node.content.map((child, index) =>
      buildUniformBlock(child, status, extendPaths(paths, index), context),
    );
  }
  return block;
}
