import {
  CollabTokenSchema,
  CreateDeedRequestSchema,
  DeedDetailSchema,
  DeedListSchema,
  DeedSchema,
  DeedSettingsRequestSchema,
  IdSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createDeed } from '../../services/deeds/create-deed';
import { getDeed } from '../../services/deeds/get-deed';
import { issueCollabToken } from '../../services/deeds/issue-collab-token';
import { listDeeds } from '../../services/deeds/list-deeds';
import { updateDeedSettings } from '../../services/deeds/update-deed-settings';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentDeed, presentDeedDetail } from '../presenters/present-deed';
import { requireActor, requireSession } from '../require-actor';
import { DealParamsSchema } from './deal-routes';

const DeedParamsSchema = z.object({ deedId: IdSchema });

export function registerDeedRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}',
      tags: ['deeds'],
      summary: 'One deed, with the caller’s role and whether they may edit it',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(DeedDetailSchema, 'The deed'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await getDeed(c.get('deps'), requireActor(c), c.req.valid('param').deedId);
      return c.json(presentDeedDetail(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/deeds/{deedId}/settings',
      tags: ['deeds'],
      summary: 'Hold kinds of organisation to suggestion mode (enforced by the collaboration server)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, ...jsonBody(DeedSettingsRequestSchema) },
      responses: {
        200: jsonResponse(DeedDetailSchema, 'The deed with its new settings'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const { deedId } = c.req.valid('param');
      const actor = requireActor(c);
      await updateDeedSettings(c.get('deps'), actor, deedId, c.req.valid('json'));
      return c.json(presentDeedDetail(await getDeed(c.get('deps'), actor, deedId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/collab-token',
      tags: ['deeds'],
      summary: 'A short-lived token for the deed’s collaboration WebSocket (/collab/<deedId>?token=…)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(CollabTokenSchema, 'Token'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const token = await issueCollabToken(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').deedId,
        requireSession(c).session.tokenHash,
      );
      return c.json(token, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/deeds',
      tags: ['deeds'],
      summary: 'Deeds of the deal',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(DeedListSchema, 'Deeds'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const deeds = await listDeeds(c.get('deps'), requireActor(c), c.req.valid('param').dealId);
      return c.json({ deeds: deeds.map(presentDeed) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/deeds',
      tags: ['deeds'],
      summary: 'Start a new deed in the deal',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(CreateDeedRequestSchema) },
      responses: { 201: jsonResponse(DeedSchema, 'Deed created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const deed = await createDeed(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        c.req.valid('json'),
      );
      return c.json(presentDeed(deed), 201);
    },
  );
}
