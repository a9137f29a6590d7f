import {
  CreateWorkflowItemRequestSchema,
  DealWorkflowSchema,
  ErrorBodySchema,
  IdSchema,
  PatchWorkflowItemRequestSchema,
  WorkflowItemHistorySchema,
  WorkflowTemplateSavedSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createWorkflowItem } from '../../services/workflow/create-workflow-item';
import { deleteWorkflowItem } from '../../services/workflow/delete-workflow-item';
import { getDealWorkflow } from '../../services/workflow/get-deal-workflow';
import { getWorkflowItemHistory } from '../../services/workflow/get-workflow-item-history';
import { saveWorkflowTemplate } from '../../services/workflow/save-workflow-template';
import { updateWorkflowItem } from '../../services/workflow/update-workflow-item';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { requireActor } from '../require-actor';

const DealParamsSchema = z.object({ dealId: IdSchema });
const ItemParamsSchema = z.object({ itemId: IdSchema });
const WORKFLOW = jsonResponse(DealWorkflowSchema, 'The deal’s workflow, every date recomputed');

/**
 * A deal's milestones and tasks (issue 6). Behind the deal's wall; bank-internal items answer
 * 404 outside the bank. Changes answer the whole workflow, since one move shifts the dates
 * relative to it.
 */
export function registerWorkflowRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/workflow',
      tags: ['workflow'],
      summary: 'The deal’s milestones and tasks, by due date, with their computed status',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: WORKFLOW, ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await getDealWorkflow(c.get('deps'), requireActor(c), c.req.valid('param').dealId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/workflow/items',
      tags: ['workflow'],
      summary: 'Add a milestone or task (deadline.manage)',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(CreateWorkflowItemRequestSchema) },
      responses: { 201: WORKFLOW, ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(
        await createWorkflowItem(
          c.get('deps'),
          requireActor(c),
          c.req.valid('param').dealId,
          c.req.valid('json'),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/workflow/items/{itemId}',
      tags: ['workflow'],
      summary: 'Change an item: anything with deadline.manage, the status of one’s own items otherwise',
      security: SESSION_SECURITY,
      request: { params: ItemParamsSchema, ...jsonBody(PatchWorkflowItemRequestSchema) },
      responses: { 200: WORKFLOW, ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(
        await updateWorkflowItem(
          c.get('deps'),
          requireActor(c),
          c.req.valid('param').itemId,
          c.req.valid('json'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/workflow/items/{itemId}',
      tags: ['workflow'],
      summary: 'Remove an item nothing depends on (deadline.manage)',
      security: SESSION_SECURITY,
      request: { params: ItemParamsSchema },
      responses: {
        200: WORKFLOW,
        409: jsonResponse(ErrorBodySchema, 'Other items depend on it (CONFLICT)'),
        ...ERROR_RESPONSES,
      },
    }),
    async (c) =>
      c.json(await deleteWorkflowItem(c.get('deps'), requireActor(c), c.req.valid('param').itemId), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workflow/items/{itemId}/history',
      tags: ['workflow'],
      summary: 'Who changed the item, and which event closed it',
      security: SESSION_SECURITY,
      request: { params: ItemParamsSchema },
      responses: { 200: jsonResponse(WorkflowItemHistorySchema, 'Events, oldest first'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await getWorkflowItemHistory(c.get('deps'), requireActor(c), c.req.valid('param').itemId), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/deals/{dealId}/workflow/template',
      tags: ['workflow'],
      summary: 'Save the deal’s workflow as the template of the caller’s bank (bank managers)',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(WorkflowTemplateSavedSchema, 'Saved'), ...ERROR_RESPONSES },
    }),
    async (c) =>
      c.json(await saveWorkflowTemplate(c.get('deps'), requireActor(c), c.req.valid('param').dealId), 200),
  );
}
