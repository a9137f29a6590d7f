import { type AnyExtension, getSchema } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Document from '@tiptap/extension-document';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { AnnexReference } from './annex-reference';
import { Article, ArticleTitle } from './article';
import { DefinedTerm } from './defined-term';
import { PageBreak } from './page-break';
import { SUGGESTION_BLOCK_MARKS, SUGGESTION_MARKS } from './suggestions/suggestion-marks';

/** The Y.XmlFragment that holds a deed's body (Tiptap's default collaboration field). */
export const DEED_FIELD = 'default';

export interface DeedExtensionOptions {
  /** With Yjs collaboration, history comes from Yjs, so Tiptap's own undo/redo is left out. */
  isCollaborative?: boolean;
}

/**
 * Containers of blocks must allow the suggestion marks on their children, so that a whole
 * inserted or deleted block (an article, a list item, a table row) can be a suggestion.
 */
const blockContainers = [
  Document,
  Blockquote,
  BulletList,
  OrderedList,
  ListItem,
  TableRow,
  TableCell,
  TableHeader,
].map((node) => node.extend({ marks: SUGGESTION_BLOCK_MARKS }));

/**
 * The extensions that define a deed's content. The browser and the server build the same schema
 * from this list, so what one side writes the other can read.
 */
export function createDeedExtensions({ isCollaborative = true }: DeedExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      heading: { levels: [1, 2] },
      code: false,
      codeBlock: false,
      link: { openOnClick: false, autolink: true },
      ...(isCollaborative ? { undoRedo: false } : {}),
    }),
    ...blockContainers,
    Table.extend({ marks: SUGGESTION_BLOCK_MARKS }).configure({ resizable: false }),
    Article,
    ArticleTitle,
    DefinedTerm,
    PageBreak,
    AnnexReference,
    ...SUGGESTION_MARKS,
  ];
}

let schema: Schema | undefined;

/** The ProseMirror schema of a deed (built once). */
export function getDeedSchema(): Schema {
  schema ??= getSchema(createDeedExtensions({ isCollaborative: false }));
  return schema;
}
