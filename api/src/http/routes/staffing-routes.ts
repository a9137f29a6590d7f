import {
  IdSchema,
  OkSchema,
  StaffCandidateListSchema,
  StaffListSchema,
  StaffMemberSchema,
  StaffRequestSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { listStaff } from '../../services/staffing/list-staff';
import { listStaffCandidates } from '../../services/staffing/list-staff-candidates';
import { staffMember } from '../../services/staffing/staff-member';
import { unstaffMember } from '../../services/staffing/unstaff-member';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentStaffMember } from '../presenters/present-staff-member';
import { requireActor } from '../require-actor';
import { DealParamsSchema } from './deal-routes';

export function registerStaffingRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/staff',
      tags: ['staffing'],
      summary: 'People staffed on the deal and their roles',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(StaffListSchema, 'Staff'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const members = await listStaff(c.get('deps'), requireActor(c), c.req.valid('param').dealId);
      return c.json({ members: members.map(presentStaffMember) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/deals/{dealId}/staff-candidates',
      tags: ['staffing'],
      summary: 'People of the deal’s parties who are not staffed yet',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema },
      responses: { 200: jsonResponse(StaffCandidateListSchema, 'Candidates'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const users = await listStaffCandidates(c.get('deps'), requireActor(c), c.req.valid('param').dealId);
      return c.json(
        {
          candidates: users.map((u) => ({
            userId: u.id,
            name: u.name,
            email: u.email,
            orgId: u.orgId,
            orgName: u.orgName,
            orgKind: u.orgKind,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/deals/{dealId}/staff',
      tags: ['staffing'],
      summary: 'Staff a person on the deal, or change their role',
      security: SESSION_SECURITY,
      request: { params: DealParamsSchema, ...jsonBody(StaffRequestSchema) },
      responses: { 200: jsonResponse(StaffMemberSchema, 'Staffed'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const member = await staffMember(
        c.get('deps'),
        requireActor(c),
        c.req.valid('param').dealId,
        c.req.valid('json'),
      );
      return c.json(presentStaffMember(member), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/deals/{dealId}/staff/{userId}',
      tags: ['staffing'],
      summary: 'Remove a person from the deal (takes effect at once)',
      security: SESSION_SECURITY,
      request: { params: z.object({ dealId: IdSchema, userId: IdSchema }) },
      responses: { 200: jsonResponse(OkSchema, 'Removed'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const { dealId, userId } = c.req.valid('param');
      await unstaffMember(c.get('deps'), requireActor(c), dealId, userId);
      return c.json({ ok: true as const }, 200);
    },
  );
}
