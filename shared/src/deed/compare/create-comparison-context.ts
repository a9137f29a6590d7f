import { numberArticles } from '../number-articles';
import type { DeedNode } from './normalize-deed-node';

/** Where a block sits in each version: index paths from the document root. */
export interface BlockPaths {
  before?: readonly number[];
  after?: readonly number[];
}

/** The paths of the child at `index` of a block. */
export function extendPaths(paths: BlockPaths, index: number): BlockPaths {
  const child: BlockPaths = {};
  if (paths.before) child.before = [...paths.before, index];
  if (paths.after) child.after = [...paths.after, index];
  return child;
}

/** The article numbers of both versions, looked up by index path. */
export interface ComparisonContext {
  findNumber: (side: 'before' | 'after', path: readonly number[]) => string | undefined;
}

function indexNumbers(doc: DeedNode): Map<string, string> {
  return new Map(numberArticles(doc).map((article) => [article.path.join('.'), article.number]));
}

export function createComparisonContext(before: DeedNode, after: DeedNode): ComparisonContext {
  const numbers = { before: indexNumbers(before), after: indexNumbers(after) };
  return { findNumber: (side, path) => numbers[side].get(path.join('.')) };
}
