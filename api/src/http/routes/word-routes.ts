import {
  AppError,
  DEED_KINDS,
  DOCX_MEDIA_TYPE,
  DocxExportQuerySchema,
  FILE_NAME_HEADER,
  IdSchema,
  ImportDocxAsDeedResponseSchema,
  ImportDocxAsVersionResponseSchema,
  LIMITS,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { loadPeople } from '../../services/versions/load-people';
import { exportDeedDocx } from '../../services/word/export-deed-docx';
import { type DocxUpload, importDocxAsDeed } from '../../services/word/import-docx-as-deed';
import { importDocxAsVersion } from '../../services/word/import-docx-as-version';
import { contentDisposition } from '../../vault/content-disposition';
import { refuseDocx } from '../../word/check-docx-upload';
import type { ApiApp, AppEnv } from '../app-env';
import { ERROR_RESPONSES, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentDeed } from '../presenters/present-deed';
import { presentVersionSummary } from '../presenters/present-deed-version';
import { requireActor } from '../require-actor';

/**
 * The Word uploads: the app-wide JSON body limit skips these paths, which apply the DOCX limit
 * themselves (create-app.ts).
 */
export const WORD_IMPORT_PATH = /^\/api\/(?:deals\/[^/]+\/deeds|deeds\/[^/]+)\/import$/;

const DeedParamsSchema = z.object({ deedId: IdSchema });
const DealParamsSchema = z.object({ dealId: IdSchema });
const ImportAsDeedQuerySchema = z.object({
  kind: z.enum(DEED_KINDS).default('autre'),
  /** The deed's title; the file's name without `.docx` when absent. */
  title: z.string().trim().min(1).max(LIMITS.deedTitleMaxLength).optional(),
});

const DOCX_BODY = {
  body: {
    content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string' as const, format: 'binary' } } },
    description: `The DOCX file as the raw body, sent without Content-Type; its name URI-encoded in \`${FILE_NAME_HEADER}\`.`,
    required: true,
  },
};
const IMPORT_ERRORS = {
  ...ERROR_RESPONSES,
  409: jsonResponse(
    z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
    'The deed is locked (CONFLICT)',
  ),
  413: jsonResponse(
    z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
    'File too large (PAYLOAD_TOO_LARGE)',
  ),
  415: jsonResponse(
    z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
    'Not a DOCX, damaged, or a zip bomb (UNSUPPORTED_MEDIA_TYPE, details.reason)',
  ),
};

const docxBodyLimit = bodyLimit({
  maxSize: LIMITS.docxImportMaxBytes,
  onError: () => {
    throw refuseDocx(
      'too_large',
      `Le fichier dépasse ${Math.round(LIMITS.docxImportMaxBytes / (1024 * 1024))} Mo : retirez les images ou scindez le document avant de l’importer.`,
    );
  },
});

async function readUpload(c: Context<AppEnv>): Promise<DocxUpload> {
  const raw = c.req.header(FILE_NAME_HEADER);
  let fileName = 'document.docx';
  if (raw) {
    try {
      fileName =
        decodeURIComponent(raw)
          .replace(/[\\/\p{Cc}]+/gu, ' ')
          .trim()
          .slice(0, LIMITS.vaultFileNameMaxLength) || fileName;
    } catch {
      throw new AppError('VALIDATION_FAILED', `En-tête ${FILE_NAME_HEADER} illisible.`);
    }
  }
  return { fileName, bytes: Buffer.from(await c.req.arrayBuffer()) };
}

/** Word export of a deed (a version or the text now) and Word import as a new deed or version. */
export function registerWordRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/export/docx',
      tags: ['export'],
      summary:
        'The deed as Word (DOCX): suggestions as tracked changes, the caller’s visible threads as comments',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, query: DocxExportQuerySchema },
      responses: {
        200: {
          description: 'The DOCX (attachment, French file name)',
          content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string' as const, format: 'binary' } } },
        },
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const docx = await exportDeedDocx(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        c.req.valid('query').version,
      );
      return c.body(new Uint8Array(docx.bytes), 200, {
        'Content-Type': DOCX_MEDIA_TYPE,
        'Content-Disposition': contentDisposition('attachment', docx.fileName),
        'Content-Length': String(docx.bytes.length),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/deeds/import',
      tags: ['export'],
      summary: '« Importer un document Word »: a new deed of the deal from a DOCX',
      security: SESSION_SECURITY,
      middleware: [docxBodyLimit],
      request: { params: DealParamsSchema, query: ImportAsDeedQuerySchema, ...DOCX_BODY },
      responses: { 201: jsonResponse(ImportDocxAsDeedResponseSchema, 'The new deed'), ...IMPORT_ERRORS },
    }),
    async (c) => {
      const { kind, title } = c.req.valid('query');
      const result = await importDocxAsDeed(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        await readUpload(c),
        { kind, title },
      );
      return c.json({ deed: presentDeed(result.deed), report: result.report }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/import',
      tags: ['export'],
      summary:
        '« Importer une nouvelle version (Word) »: the DOCX replaces the live text; the text before is saved first',
      security: SESSION_SECURITY,
      middleware: [docxBodyLimit],
      request: { params: DeedParamsSchema, ...DOCX_BODY },
      responses: {
        201: jsonResponse(ImportDocxAsVersionResponseSchema, 'The versions before and after the import'),
        ...IMPORT_ERRORS,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const result = await importDocxAsVersion(deps, actor, c.req.valid('param').deedId, await readUpload(c));
      const people = await loadPeople(deps, [actor.user.id]);
      const none = new Map();
      return c.json(
        {
          before: presentVersionSummary(result.before, people, none),
          imported: presentVersionSummary(result.imported, people, none),
          report: result.report,
        },
        201,
      );
    },
  );
}
