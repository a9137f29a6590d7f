import {
  type CreateOrgRequest,
  type CreateUserRequest,
  type Org,
  OrgListSchema,
  OrgSchema,
  type User,
  UserListSchema,
  UserSchema,
} from '@deedroom/shared';
import { requestJson } from './client';

/** Bank staff see every organisation; anyone else only their own. */
export async function fetchOrgs(signal: AbortSignal): Promise<Org[]> {
  const { orgs } = await requestJson('/api/orgs', OrgListSchema, { signal });
  return orgs;
}

/** Platform administrators only; CONFLICT when the name is taken. */
export function createOrg(request: CreateOrgRequest, csrfToken: string): Promise<Org> {
  return requestJson('/api/orgs', OrgSchema, { method: 'POST', body: request, csrfToken });
}

export async function fetchOrgUsers(orgId: string, signal: AbortSignal): Promise<User[]> {
  const { users } = await requestJson(`/api/orgs/${encodeURIComponent(orgId)}/users`, UserListSchema, {
    signal,
  });
  return users;
}

/** Platform administrators only; CONFLICT when the e-mail already has an account. */
export function createUser(request: CreateUserRequest, csrfToken: string): Promise<User> {
  return requestJson('/api/users', UserSchema, { method: 'POST', body: request, csrfToken });
}
