import { type AnyExtension, getSchema } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { AnnexReference } from './annex-reference';
import { Article, ArticleTitle } from './article';
import { DefinedTerm } from './defined-term';
import { PageBreak } from './page-break';

/** The Y.XmlFragment that holds a deed's body (Tiptap's default collaboration field). */
export const DEED_FIELD = 'default';

export interface DeedExtensionOptions {
  /** With Yjs collaboration, history comes from Yjs, so Tiptap's own undo/redo is left out. */
  isCollaborative?: boolean;
}

/**
 * The extensions that define a deed's content. The browser and the server build the same schema
 * from this list, so what one side writes the other can read.
 */
export function createDeedExtensions({ isCollaborative = true }: DeedExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2] },
      code: false,
      codeBlock: false,
      link: { openOnClick: false, autolink: true },
      ...(isCollaborative ? { undoRedo: false } : {}),
    }),
    TableKit.configure({ table: { resizable: false } }),
    Article,
    ArticleTitle,
    DefinedTerm,
    PageBreak,
    AnnexReference,
  ];
}

let schema: Schema | undefined;

/** The ProseMirror schema of a deed (built once). */
export function getDeedSchema(): Schema {
  schema ??= getSchema(createDeedExtensions({ isCollaborative: false }));
  return schema;
}
