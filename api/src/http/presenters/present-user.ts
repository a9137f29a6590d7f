import type { User } from '@deedroom/shared';
import type { UserWithOrg } from '../../store/records';

/** Never exposes the password hash. */
export function presentUser(user: UserWithOrg): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    orgId: user.orgId,
    orgName: user.orgName,
    orgKind: user.orgKind,
    isAdmin: user.isAdmin,
  };
}
