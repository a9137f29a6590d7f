import { z } from 'zod';
import { IdSchema } from './common';
import { DeedSchema } from './deeds';
import { DeedVersionSummarySchema } from './versions';

/** The media type of a Word document (DOCX). */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The header that carries the uploaded file's name (URI-encoded). The file itself is the raw
 * request body, sent without a Content-Type: the API's CSRF guard accepts JSON or no type.
 */
export const FILE_NAME_HEADER = 'x-file-name';

/** Stable reasons (`error.details.reason`) of a refused Word upload, for the UI's messages. */
export const DOCX_IMPORT_REFUSALS = [
  'too_large',
  'not_docx',
  'zip_invalid',
  'zip_bomb',
  'empty_document',
] as const;
export type DocxImportRefusal = (typeof DOCX_IMPORT_REFUSALS)[number];

export const DocxExportQuerySchema = z.object({
  /** A version id of the deed, or `current` (the default) for the text now. */
  version: z.union([z.literal('current'), IdSchema]).default('current'),
});

/** What an import made of the Word file, for the person who sent it. */
export const DocxImportReportSchema = z.object({
  fileName: z.string(),
  articles: z.number().int(),
  paragraphs: z.number().int(),
  tables: z.number().int(),
  /** Things of the Word file the deed could not keep (images, unknown styles...), in French. */
  warnings: z.array(z.string()),
});
export type DocxImportReport = z.infer<typeof DocxImportReportSchema>;

export const ImportDocxAsDeedResponseSchema = z.object({
  deed: DeedSchema,
  report: DocxImportReportSchema,
});
export type ImportDocxAsDeedResponse = z.infer<typeof ImportDocxAsDeedResponseSchema>;

export const ImportDocxAsVersionResponseSchema = z.object({
  /** The text as it was before the import, saved first so nothing is lost. */
  before: DeedVersionSummarySchema,
  /** The imported text, saved as a version once it replaced the live text. */
  imported: DeedVersionSummarySchema,
  report: DocxImportReportSchema,
});
export type ImportDocxAsVersionResponse = z.infer<typeof ImportDocxAsVersionResponseSchema>;
