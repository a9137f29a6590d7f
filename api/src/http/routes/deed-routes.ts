import { CreateDeedRequestSchema, DeedListSchema, DeedSchema } from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { createDeed } from '../../services/deeds/create-deed';
import { listDeeds } from '../../services/deeds/list-deeds';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentDeed } from '../presenters/present-deed';
import { requireActor } from '../require-actor';
import { DealParamsSchema } from './deal-routes';

export function registerDeedRoutes(app: ApiApp): void {
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
