import { Readable } from 'node:stream';
import {
  CreateVaultRequestRequestSchema,
  DecideVaultRequestRequestSchema,
  ErrorBodySchema,
  IdSchema,
  PatchVaultDocumentRequestSchema,
  VaultContentQuerySchema,
  VaultDocumentDetailSchema,
  VaultDocumentListSchema,
  VaultDocumentQuerySchema,
  VaultRequestListSchema,
  VaultRequestSchema,
  VaultUploadResultSchema,
  VaultVersionTextSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createVaultRequest } from '../../services/vault/create-vault-request';
import { decideVaultRequest } from '../../services/vault/decide-vault-request';
import { getVaultDocument } from '../../services/vault/get-vault-document';
import { getVaultUploadResult } from '../../services/vault/get-vault-upload-result';
import { getVaultVersionText } from '../../services/vault/get-vault-version-text';
import { listVaultDocuments } from '../../services/vault/list-vault-documents';
import { listVaultRequests } from '../../services/vault/list-vault-requests';
import { openVaultVersionContent } from '../../services/vault/open-vault-version-content';
import { updateVaultDocument } from '../../services/vault/update-vault-document';
import { contentDisposition } from '../../vault/content-disposition';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import {
  presentVaultDocument,
  presentVaultDocumentDetail,
  presentVaultRequest,
} from '../presenters/present-vault';
import { requireActor } from '../require-actor';

const DealParamsSchema = z.object({ dealId: IdSchema });
const DocumentParamsSchema = z.object({ documentId: IdSchema });
const VersionParamsSchema = z.object({ documentId: IdSchema, versionId: IdSchema });
const RequestParamsSchema = z.object({ requestId: IdSchema });
const UploadParamsSchema = z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/) });

/**
 * The deal vault: documents and their versions, downloads, and the bank's checklist. The bytes
 * arrive through tus (`/api/vault/uploads`, see `vault/create-vault-upload-handler.ts`); a
 * document behind the wall or internal to another organisation answers 404.
 */
export function registerVaultRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/vault/uploads/{uploadId}/document',
      tags: ['vault'],
      summary: 'Where the caller’s finished tus upload landed (a new document, a version, or a duplicate)',
      security: SESSION_SECURITY,
      request: { params: UploadParamsSchema },
      responses: { 200: jsonResponse(VaultUploadResultSchema, 'The document'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const result = await getVaultUploadResult(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').uploadId,
      );
      return c.json({ document: presentVaultDocument(result.view), isDuplicate: result.isDuplicate }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/vault/documents',
      tags: ['vault'],
      summary: 'Documents of the deal the caller may see, by category and searched in names and text',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, query: VaultDocumentQuerySchema },
      responses: {
        200: jsonResponse(VaultDocumentListSchema, 'Documents, newest first'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const views = await listVaultDocuments(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        c.req.valid('query'),
      );
      return c.json({ documents: views.map(presentVaultDocument) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/vault/documents/{documentId}',
      tags: ['vault'],
      summary: 'A document with all its versions',
      security: SESSION_SECURITY,
      request: { params: DocumentParamsSchema },
      responses: { 200: jsonResponse(VaultDocumentDetailSchema, 'The document'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await getVaultDocument(c.get('deps'), requireActor(c), c.req.valid('param').documentId);
      return c.json(presentVaultDocumentDetail(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/vault/documents/{documentId}',
      tags: ['vault'],
      summary: 'File the document in a category (kept for retraining) and/or change its visibility',
      security: SESSION_SECURITY,
      request: { params: DocumentParamsSchema, ...jsonBody(PatchVaultDocumentRequestSchema) },
      responses: { 200: jsonResponse(VaultDocumentDetailSchema, 'The document'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await updateVaultDocument(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').documentId,
        c.req.valid('json'),
      );
      return c.json(presentVaultDocumentDetail(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/vault/documents/{documentId}/versions/{versionId}/content',
      tags: ['vault'],
      summary: 'The bytes of a version (streamed, Range supported); every download is audited',
      security: SESSION_SECURITY,
      request: { params: VersionParamsSchema, query: VaultContentQuerySchema },
      responses: {
        200: { description: 'The file' },
        206: { description: 'The range asked for' },
        416: jsonResponse(ErrorBodySchema, 'Range outside the file'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const { documentId, versionId } = c.req.valid('param');
      const { disposition } = c.req.valid('query');
      const content = await openVaultVersionContent(
        c.get('deps'),
        requireActor(c),
        documentId,
        versionId,
        c.req.header('range'),
        { isHeadOnly: c.req.method === 'HEAD' },
      );
      const { version } = content;
      const headers: Record<string, string> = {
        'Accept-Ranges': 'bytes',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      };
      if (content.range === 'unsatisfiable') {
        headers['Content-Range'] = `bytes */${version.size}`;
        return c.body(
          JSON.stringify({
            error: { code: 'VALIDATION_FAILED', message: 'Plage d’octets hors du fichier.' },
          }),
          416,
          { ...headers, 'Content-Type': 'application/json' },
        );
      }
      headers['Content-Type'] = version.mediaType;
      headers['Content-Disposition'] = contentDisposition(disposition, version.originalName);
      const body = content.stream ? (Readable.toWeb(content.stream) as ReadableStream<Uint8Array>) : null;
      if (content.range) {
        const { start, end } = content.range;
        headers['Content-Range'] = `bytes ${start}-${end}/${version.size}`;
        headers['Content-Length'] = String(end - start + 1);
        return body ? c.body(body, 206, headers) : c.body(null, 206, headers);
      }
      headers['Content-Length'] = String(version.size);
      return body ? c.body(body, 200, headers) : c.body(null, 200, headers);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/vault/documents/{documentId}/versions/{versionId}/text',
      tags: ['vault'],
      summary: 'The text extracted from a version (DOCX preview, search)',
      security: SESSION_SECURITY,
      request: { params: VersionParamsSchema },
      responses: { 200: jsonResponse(VaultVersionTextSchema, 'The text'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { documentId, versionId } = c.req.valid('param');
      return c.json(await getVaultVersionText(c.get('deps'), requireActor(c), documentId, versionId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/vault/requests',
      tags: ['vault'],
      summary: 'The deal’s checklist: what the bank expects and where each item stands',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(VaultRequestListSchema, 'Requests, oldest first'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const views = await listVaultRequests(c.get('deps'), requireActor(c), c.req.valid('param').dealId);
      return c.json({ requests: views.map(presentVaultRequest) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/vault/requests',
      tags: ['vault'],
      summary: 'Add an item to the checklist (vault.review)',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(CreateVaultRequestRequestSchema) },
      responses: { 201: jsonResponse(VaultRequestSchema, 'Request created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await createVaultRequest(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        c.req.valid('json'),
      );
      return c.json(presentVaultRequest(view), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/vault/requests/{requestId}/decision',
      tags: ['vault'],
      summary: 'Accept what was received, or reject it with a reason (vault.review)',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema, ...jsonBody(DecideVaultRequestRequestSchema) },
      responses: {
        200: jsonResponse(VaultRequestSchema, 'The request'),
        409: jsonResponse(ErrorBodySchema, 'Nothing received yet (CONFLICT)'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const view = await decideVaultRequest(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').requestId,
        c.req.valid('json'),
      );
      return c.json(presentVaultRequest(view), 200);
    },
  );
}
