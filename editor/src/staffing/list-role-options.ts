import {
  DEAL_ROLE_LABELS,
  DEAL_ROLES,
  type DealRole,
  type OrgKind,
  ROLES_BY_ORG_KIND,
} from '@deedroom/shared';

export interface RoleOption {
  value: DealRole;
  label: string;
}

/** The deal roles a member of this kind of organisation may hold, with their French labels. */
export function listRoleOptions(kind: OrgKind): RoleOption[] {
  return ROLES_BY_ORG_KIND[kind].map((role) => ({ value: role, label: DEAL_ROLE_LABELS[role] }));
}

export function isDealRole(value: string | null): value is DealRole {
  return value !== null && (DEAL_ROLES as readonly string[]).includes(value);
}
