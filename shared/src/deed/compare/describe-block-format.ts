import type { DeedNode } from './normalize-deed-node';

/**
 * The node type and attributes of a block as one string ("heading level=2",
 * "orderedList start=1"): two blocks with the same words but different descriptions differ in
 * format only.
 */
export function describeBlockFormat(node: DeedNode): string {
  const attrs = Object.entries(node.attrs ?? {}).map(([name, value]) => `${name}=${value}`);
  return [node.type, ...attrs].join(' ');
}
