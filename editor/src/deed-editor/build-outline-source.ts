import type { DeedJsonNode } from '@deedroom/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * The part of the document `numberArticles` reads: every block keeps its index (outline paths
 * are index paths), but only articles keep their children and only titles their text. Much
 * cheaper than `editor.getJSON()` on a 150-page deed.
 */
export function buildOutlineSource(node: ProseMirrorNode): DeedJsonNode {
  const name = node.type.name;
  if (name === 'articleTitle') return { type: name, text: node.textContent };
  if (name !== 'doc' && name !== 'article') return { type: name };
  const content: DeedJsonNode[] = [];
  node.forEach((child) => {
    content.push(buildOutlineSource(child));
  });
  return { type: name, content };
}

/** The document position of the node at `path` (child indexes from the root). */
export function findPositionOfPath(doc: ProseMirrorNode, path: readonly number[]): number | undefined {
  let node = doc;
  let contentStart = 0;
  let position = 0;
  for (const index of path) {
    if (index >= node.childCount) return undefined;
    position = contentStart;
    for (let i = 0; i < index; i += 1) position += node.child(i).nodeSize;
    node = node.child(index);
    contentStart = position + 1;
  }
  return position;
}

/** The index path of the innermost article around `position`, or undefined outside any article. */
export function findArticlePathAt(doc: ProseMirrorNode, position: number): number[] | undefined {
  const $pos = doc.resolve(Math.min(position, doc.content.size));
  let deepest = -1;
  for (let depth = 1; depth <= $pos.depth; depth += 1) {
    if ($pos.node(depth).type.name === 'article') deepest = depth;
  }
  if (deepest < 0) return undefined;
  const path: number[] = [];
  for (let depth = 0; depth < deepest; depth += 1) path.push($pos.index(depth));
  return path;
}
