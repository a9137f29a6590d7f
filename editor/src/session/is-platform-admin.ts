import type { User } from '@deedroom/shared';

/** Platform administration belongs to the bank's administrators (the API checks the same). */
export function isPlatformAdmin(user: User): boolean {
  return user.isAdmin && user.orgKind === 'bank';
}
