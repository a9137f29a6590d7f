import { Readable } from 'node:stream';
import {
  CreateSignatureRequestSchema,
  ErrorBodySchema,
  IdSchema,
  SignatureReasonRequestSchema,
  SignatureRequestDetailSchema,
  SignatureRequestListSchema,
  SignatureSourcesSchema,
  SignDocumentRequestSchema,
  SigningUrlSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { cancelSignatureRequest } from '../../services/signatures/cancel-signature-request';
import { createSignatureRequest } from '../../services/signatures/create-signature-request';
import { createSigningUrl } from '../../services/signatures/create-signing-url';
import { declineSignatureRequest } from '../../services/signatures/decline-signature-request';
import { listSignatureSources } from '../../services/signatures/list-signature-sources';
import { openDocumentToSign } from '../../services/signatures/open-document-to-sign';
import {
  getSignatureRequest,
  listSignatureRequests,
} from '../../services/signatures/read-signature-requests';
import { remindSigners } from '../../services/signatures/remind-signers';
import { signDocument } from '../../services/signatures/sign-document';
import { contentDisposition } from '../../vault/content-disposition';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { requireActor } from '../require-actor';
import { resolvePublicUrl } from '../resolve-public-url';

const DealParamsSchema = z.object({ dealId: IdSchema });
const RequestParamsSchema = z.object({ signatureRequestId: IdSchema });
const CONFLICT_RESPONSE = {
  409: jsonResponse(
    ErrorBodySchema,
    'Not possible in the request’s state, or not the caller’s turn (CONFLICT)',
  ),
};
const REMINDED_SCHEMA = z.object({ reminded: z.array(IdSchema) });

/** Electronic signatures: requests on a deal, the document to sign, signing, declining, cancelling. */
export function registerSignatureRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/signature-requests',
      tags: ['signatures'],
      summary: 'The deal’s signature requests, newest first, with their signers’ status',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(SignatureRequestListSchema, 'Requests'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const deps = c.get('deps');
      const requests = await listSignatureRequests(deps, requireActor(c), c.req.valid('param').dealId);
      return c.json({ requests, provider: deps.signatureProvider.kind }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/signature-requests',
      tags: ['signatures'],
      summary: '« Demander des signatures » on a locked deed version or a vault PDF',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(CreateSignatureRequestSchema) },
      responses: {
        201: jsonResponse(
          SignatureRequestDetailSchema,
          'The request (status « Erreur » if the provider failed)',
        ),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const request = await createSignatureRequest(
        deps,
        actor,
        c.req.valid('param').dealId,
        c.req.valid('json'),
      );
      return c.json(await getSignatureRequest(deps, actor, request.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/signature-sources',
      tags: ['signatures'],
      summary: 'What may be put to signature (locked deed versions, vault PDFs) and who may sign',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(SignatureSourcesSchema, 'Sources and signers'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await listSignatureSources(c.get('deps'), requireActor(c), c.req.valid('param').dealId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/signature-requests/{signatureRequestId}',
      tags: ['signatures'],
      summary: 'One request with its signers and its events',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema },
      responses: { 200: jsonResponse(SignatureRequestDetailSchema, 'The request'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(
        await getSignatureRequest(c.get('deps'), requireActor(c), c.req.valid('param').signatureRequestId),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/signature-requests/{signatureRequestId}/document',
      tags: ['signatures'],
      summary: 'The PDF submitted to signature; a signer opening it becomes « Consulté »',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema },
      responses: { 200: { description: 'The PDF' }, ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { request, stream } = await openDocumentToSign(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').signatureRequestId,
      );
      return c.body(Readable.toWeb(stream) as ReadableStream<Uint8Array>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': contentDisposition('inline', request.documentName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/signature-requests/{signatureRequestId}/sign',
      tags: ['signatures'],
      summary: 'Sign with the built-in provider, re-entering one’s password',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema, ...jsonBody(SignDocumentRequestSchema) },
      responses: {
        200: jsonResponse(SignatureRequestDetailSchema, 'Signed (and, after the last signer, sealed)'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const { signatureRequestId } = c.req.valid('param');
      await signDocument(deps, actor, signatureRequestId, c.req.valid('json').password);
      return c.json(await getSignatureRequest(deps, actor, signatureRequestId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/signature-requests/{signatureRequestId}/signing-url',
      tags: ['signatures'],
      summary: 'The provider’s embedded signing page for the caller (null with the built-in provider)',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema, ...jsonBody(z.object({ returnUrl: z.url().max(2_000) })) },
      responses: { 200: jsonResponse(SigningUrlSchema, 'The URL'), ...ERROR_RESPONSES, ...CONFLICT_RESPONSE },
    }),
    async (c) => {
      const url = await createSigningUrl(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').signatureRequestId,
        { returnUrl: c.req.valid('json').returnUrl, appUrl: resolvePublicUrl(c) },
      );
      return c.json({ url }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/signature-requests/{signatureRequestId}/decline',
      tags: ['signatures'],
      summary: '« Refuser »: a signer declines, with a reason',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema, ...jsonBody(SignatureReasonRequestSchema) },
      responses: {
        200: jsonResponse(SignatureRequestDetailSchema, 'Declined'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const { signatureRequestId } = c.req.valid('param');
      await declineSignatureRequest(deps, actor, signatureRequestId, c.req.valid('json').reason);
      return c.json(await getSignatureRequest(deps, actor, signatureRequestId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/signature-requests/{signatureRequestId}/cancel',
      tags: ['signatures'],
      summary: '« Annuler » a request, with a reason',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema, ...jsonBody(SignatureReasonRequestSchema) },
      responses: {
        200: jsonResponse(SignatureRequestDetailSchema, 'Cancelled'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const actor = requireActor(c);
      const { signatureRequestId } = c.req.valid('param');
      await cancelSignatureRequest(deps, actor, signatureRequestId, c.req.valid('json').reason);
      return c.json(await getSignatureRequest(deps, actor, signatureRequestId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/signature-requests/{signatureRequestId}/remind',
      tags: ['signatures'],
      summary: '« Relancer » the signer whose turn it is',
      security: SESSION_SECURITY,
      request: { params: RequestParamsSchema },
      responses: {
        200: jsonResponse(REMINDED_SCHEMA, 'Who was reminded'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const reminded = await remindSigners(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').signatureRequestId,
      );
      return c.json({ reminded }, 200);
    },
  );
}
