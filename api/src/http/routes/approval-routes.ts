import {
  ApproveDeedRequestSchema,
  DeedApprovalsSchema,
  DeedDetailSchema,
  ErrorBodySchema,
  IdSchema,
  UnlockDeedRequestSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { approveDeed } from '../../services/approvals/approve-deed';
import { getDeedApprovals } from '../../services/approvals/get-deed-approvals';
import { withdrawDeedApproval } from '../../services/approvals/withdraw-deed-approval';
import { getDeed } from '../../services/deeds/get-deed';
import { lockDeed } from '../../services/deeds/lock-deed';
import { unlockDeed } from '../../services/deeds/unlock-deed';
import type { ApiApp, AppEnv } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentDeedDetail } from '../presenters/present-deed';
import { presentDeedApprovals } from '../presenters/present-deed-approvals';
import { requireActor } from '../require-actor';

const DeedParamsSchema = z.object({ deedId: IdSchema });
const CONFLICT_RESPONSE = {
  409: jsonResponse(ErrorBodySchema, 'Locked, or not every party approved the text now (CONFLICT)'),
};

async function approvalsOf(c: Context<AppEnv>, deedId: string) {
  return presentDeedApprovals(await getDeedApprovals(c.get('deps'), requireActor(c), deedId));
}

/** « Bon pour accord » of each party, and the final lock of the deed. */
export function registerApprovalRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deeds/{deedId}/approvals',
      tags: ['approvals'],
      summary: 'Which party approved which version, whether the text changed since, whether it may be locked',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: { 200: jsonResponse(DeedApprovalsSchema, 'Approvals'), ...ERROR_RESPONSES },
    }),
    async (c) => c.json(await approvalsOf(c, c.req.valid('param').deedId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/approvals',
      tags: ['approvals'],
      summary: '« Bon pour accord » for the caller’s organisation, on a version or on the text now',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, ...jsonBody(ApproveDeedRequestSchema) },
      responses: {
        200: jsonResponse(DeedApprovalsSchema, 'Approvals after this one'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const { deedId } = c.req.valid('param');
      await approveDeed(c.get('deps'), requireActor(c), deedId, c.req.valid('json'));
      return c.json(await approvalsOf(c, deedId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/deeds/{deedId}/approvals',
      tags: ['approvals'],
      summary: 'Withdraw the caller’s organisation’s approval (until the deed is locked)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: {
        200: jsonResponse(DeedApprovalsSchema, 'Approvals after the withdrawal'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const { deedId } = c.req.valid('param');
      await withdrawDeedApproval(c.get('deps'), requireActor(c), deedId);
      return c.json(await approvalsOf(c, deedId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/lock',
      tags: ['approvals'],
      summary: 'Lock the final text once every party approved it: every further update is refused',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema },
      responses: {
        200: jsonResponse(DeedDetailSchema, 'The deed, locked'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { deedId } = c.req.valid('param');
      await lockDeed(c.get('deps'), actor, deedId);
      return c.json(presentDeedDetail(await getDeed(c.get('deps'), actor, deedId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deeds/{deedId}/unlock',
      tags: ['approvals'],
      summary: 'Unlock the deed, with a reason (audited)',
      security: SESSION_SECURITY,
      request: { params: DeedParamsSchema, ...jsonBody(UnlockDeedRequestSchema) },
      responses: {
        200: jsonResponse(DeedDetailSchema, 'The deed, unlocked'),
        ...ERROR_RESPONSES,
        ...CONFLICT_RESPONSE,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { deedId } = c.req.valid('param');
      await unlockDeed(c.get('deps'), actor, deedId, c.req.valid('json'));
      return c.json(presentDeedDetail(await getDeed(c.get('deps'), actor, deedId)), 200);
    },
  );
}
