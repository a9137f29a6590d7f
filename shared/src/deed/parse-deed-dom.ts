import { DOMParser } from '@tiptap/pm/model';
import { getDeedSchema } from './deed-extensions';
import type { DeedJsonNode } from './number-articles';

/**
 * Reads a DOM tree (a browser's, or a server-side one such as linkedom's) into a deed document
 * with the deed schema's own parse rules: what the schema does not know becomes paragraphs and
 * text. The imports of Word files and pasted HTML go through here.
 */
export function parseDeedDom(root: unknown): DeedJsonNode {
  return DOMParser.fromSchema(getDeedSchema())
    .parse(root as globalThis.Node)
    .toJSON() as DeedJsonNode;
}
