import type { JSONContent } from '@tiptap/core';
import { getDeedSchema } from '../deed-extensions';

export type AttrValue = string | number | boolean;

/** A mark as the comparison sees it: its name, and the target of a link. */
export interface DeedMark {
  type: string;
  href?: string;
}

/** A deed node reduced to what a reader of the deed can see, in a canonical form. */
export interface DeedNode {
  type: string;
  attrs?: Record<string, AttrValue>;
  content?: DeedNode[];
  text?: string;
  marks?: DeedMark[];
}

/** Marks of the suggestion mode: they say who proposed a change, not what the deed says. */
const SUGGESTION_MARKS = new Set(['insertion', 'deletion', 'modification']);
/** Layout noise: column widths are set by dragging, not by drafting. */
const IGNORED_ATTRS = new Set(['colwidth']);
/** Anchors of suggestions, invisible to the reader. */
const ZERO_WIDTH_SPACES = /\u200b/g;

function isAttrValue(value: unknown): value is AttrValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Schema defaults first, so an attribute left out and one written with its default compare equal. */
function normalizeAttrs(type: string, attrs: Record<string, unknown> | undefined): Record<string, AttrValue> {
  const specs = getDeedSchema().nodes[type]?.spec.attrs ?? {};
  const merged: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) merged[name] = (spec as { default?: unknown }).default;
  Object.assign(merged, attrs);
  const result: Record<string, AttrValue> = {};
  for (const name of Object.keys(merged).sort()) {
    const value = merged[name];
    if (!IGNORED_ATTRS.has(name) && isAttrValue(value)) result[name] = value;
  }
  return result;
}

function normalizeMarks(marks: JSONContent['marks']): DeedMark[] {
  const result: DeedMark[] = [];
  for (const mark of marks ?? []) {
    if (typeof mark.type !== 'string' || SUGGESTION_MARKS.has(mark.type)) continue;
    const href = mark.attrs?.href;
    result.push(
      mark.type === 'link' && typeof href === 'string' ? { type: 'link', href } : { type: mark.type },
    );
  }
  return result.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function isSameMarks(a: DeedMark[] | undefined, b: DeedMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Text nodes lose U+200B and suggestion marks; neighbours left with the same marks are joined. */
function normalizeContent(content: JSONContent[]): DeedNode[] {
  const result: DeedNode[] = [];
  for (const child of content) {
    const node = normalizeDeedNode(child);
    if (node.type === 'text') {
      if (!node.text) continue;
      const previous = result.at(-1);
      if (previous?.type === 'text' && isSameMarks(previous.marks, node.marks)) {
        previous.text = `${previous.text ?? ''}${node.text}`;
        continue;
      }
    }
    result.push(node);
  }
  return result;
}

/**
 * Canonical copy of a ProseMirror JSON node: sorted attributes with schema defaults filled in,
 * no suggestion marks, no zero-width spaces, adjacent text runs joined. Block indexes are kept,
 * so article paths stay those of the original document.
 */
export function normalizeDeedNode(json: JSONContent): DeedNode {
  const type = json.type ?? 'unknown';
  if (type === 'text') {
    const marks = normalizeMarks(json.marks);
    const text = (json.text ?? '').replace(ZERO_WIDTH_SPACES, '');
    return marks.length > 0 ? { type, text, marks } : { type, text };
  }
  const node: DeedNode = { type };
  const attrs = normalizeAttrs(type, json.attrs);
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = normalizeContent(json.content ?? []);
  if (content.length > 0) node.content = content;
  const marks = normalizeMarks(json.marks);
  if (marks.length > 0) node.marks = marks;
  return node;
}
