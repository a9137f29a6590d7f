import { getDeedSchema } from '../deed-extensions';
import type { DeedNode } from './normalize-deed-node';

/** A block holding inline content (paragraph, heading, article title), compared word by word. */
export function isTextBlock(node: DeedNode): boolean {
  const type = getDeedSchema().nodes[node.type];
  if (type) return type.isTextblock;
  const first = node.content?.[0];
  return (
    first !== undefined && (first.type === 'text' || getDeedSchema().nodes[first.type]?.isInline === true)
  );
}
