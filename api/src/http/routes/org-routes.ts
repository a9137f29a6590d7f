import {
  CreateOrgRequestSchema,
  CreateUserRequestSchema,
  IdSchema,
  OrgListSchema,
  OrgSchema,
  UserListSchema,
  UserSchema,
} from '@deedroom/shared';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createOrg } from '../../services/orgs/create-org';
import { listOrgs } from '../../services/orgs/list-orgs';
import { createUser } from '../../services/users/create-user';
import { listOrgUsers } from '../../services/users/list-org-users';
import type { ApiApp } from '../app-env';
import { ERROR_RESPONSES, jsonBody, jsonResponse, SESSION_SECURITY } from '../openapi-responses';
import { presentUser } from '../presenters/present-user';
import { requireActor } from '../require-actor';

const presentOrg = (o: { id: string; name: string; kind: 'bank' | 'developer' | 'notary' }) => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
});

export function registerOrgRoutes(app: ApiApp): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs',
      tags: ['administration'],
      summary: 'Organisations I may see (bank staff: all; others: their own)',
      security: SESSION_SECURITY,
      responses: { 200: jsonResponse(OrgListSchema, 'Organisations'), 401: ERROR_RESPONSES[401] },
    }),
    async (c) => {
      const orgs = await listOrgs(c.get('deps'), requireActor(c));
      return c.json({ orgs: orgs.map(presentOrg) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs',
      tags: ['administration'],
      summary: 'Create an organisation (platform administrators)',
      security: SESSION_SECURITY,
      request: jsonBody(CreateOrgRequestSchema),
      responses: { 201: jsonResponse(OrgSchema, 'Created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const org = await createOrg(c.get('deps'), requireActor(c), c.req.valid('json'));
      return c.json(presentOrg(org), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{orgId}/users',
      tags: ['administration'],
      summary: 'Members of an organisation (administrators, or members of that organisation)',
      security: SESSION_SECURITY,
      request: { params: z.object({ orgId: IdSchema }) },
      responses: { 200: jsonResponse(UserListSchema, 'Members'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const users = await listOrgUsers(c.get('deps'), requireActor(c), c.req.valid('param').orgId);
      return c.json({ users: users.map(presentUser) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: ['administration'],
      summary: 'Create a user in an organisation (platform administrators)',
      security: SESSION_SECURITY,
      request: jsonBody(CreateUserRequestSchema),
      responses: { 201: jsonResponse(UserSchema, 'Created'), ...ERROR_RESPONSES },
    }),
    async (c) => {
      const user = await createUser(c.get('deps'), requireActor(c), c.req.valid('json'));
      return c.json(presentUser(user), 201);
    },
  );
}
