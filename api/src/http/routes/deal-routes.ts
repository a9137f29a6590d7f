import {
  CreateDealRequestSchema,
  DealListSchema,
  DealSchema,
  IdSchema,
  UpdateDealRequestSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createDeal } from '../../services/deals/create-deal';
import { getDeal } from '../../services/deals/get-deal';
import { listDeals } from '../../services/deals/list-deals';
import { updateDeal } from '../../services/deals/update-deal';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentDeal } from '../presenters/present-deal';
import { requireActor } from '../require-actor';

export const DealParamsSchema = z.object({ dealId: IdSchema });

export function registerDealRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals',
      tags: ['deals'],
      summary: 'Deals I am staffed on',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(DealListSchema, 'My deals'), 401: ERROR_RESPONSES[401] },
    }),
    async (c) => {
      const views = await listDeals(c.get('deps'), requireActor(c));
      return c.json({ deals: views.map(presentDeal) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals',
      tags: ['deals'],
      summary: 'Open a deal (bank staff); the creator becomes its manager',
      security: SESSION_SECURITY,
      request: jsonBody(CreateDealRequestSchema),
      responses: { 201: jsonResponse(DealSchema, 'Deal created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await createDeal(c.get('deps'), requireActor(c), c.req.valid('json'));
      return c.json(presentDeal(view), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}',
      tags: ['deals'],
      summary: 'One deal, or 404 when missing or behind the wall',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(DealSchema, 'The deal'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await getDeal(c.get('deps'), requireActor(c), c.req.valid('param').dealId);
      return c.json(presentDeal(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/deals/{dealId}',
      tags: ['deals'],
      summary: 'Update a deal’s programme details or status',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(UpdateDealRequestSchema) },
      responses: { 200: jsonResponse(DealSchema, 'The updated deal'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const view = await updateDeal(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        c.req.valid('json'),
      );
      return c.json(presentDeal(view), 200);
    },
  );
}
