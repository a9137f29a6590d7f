import { CURRENT_VERSION, DeedCompareQuerySchema, IdSchema } from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { exportDeedPdf } from '../../services/export/export-deed-pdf';
import { exportRedlinePdf } from '../../services/export/export-redline-pdf';
import { contentDisposition } from '../../vault/content-disposition';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, SESSION_SECURITY } from '../openapi-responses';
import { requireActor } from '../require-actor';

const DeedParamsSchema = z.object({ deedId: IdSchema });
const ExportPdfQuerySchema = z.object({
  /** A version of the deed, or `current` (the default) for the text now. */
  version: IdSchema.default(CURRENT_VERSION),
});
const PDF_RESPONSE = {
  description: 'The PDF (attachment, French file name)',
  content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
};

function pdfHeaders(fileName: string, size: number): Record<string, string> {
  return {
    'Content-Type': 'application/pdf',
    'Content-Disposition': contentDisposition('attachment', fileName),
    'Content-Length': String(size),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  };
}

/** PDF exports of a deed: its text (a version or now) and the redline of two texts. */
export function registerExportRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/export/pdf',
      tags: ['export'],
      summary: 'The deed as PDF: a version, or the text now (`current`), with cover, contents and annexes',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, query: ExportPdfQuerySchema },
      responses: { 200: PDF_RESPONSE, ...ERROR_RESPONSES },
    }),
    async (c) => {
      const pdf = await exportDeedPdf(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        c.req.valid('query').version,
      );
      return c.body(new Uint8Array(pdf.bytes), 200, pdfHeaders(pdf.fileName, pdf.bytes.length));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/compare/pdf',
      tags: ['export'],
      summary: 'Redline PDF between two versions, or a version and the text now (`current`)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, query: DeedCompareQuerySchema },
      responses: { 200: PDF_RESPONSE, ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const pdf = await exportRedlinePdf(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        from,
        to,
      );
      return c.body(new Uint8Array(pdf.bytes), 200, pdfHeaders(pdf.fileName, pdf.bytes.length));
    },
  );
}
