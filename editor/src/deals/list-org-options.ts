import type { Org, OrgKind } from '@deedroom/shared';

export interface OrgOption {
  value: string;
  label: string;
}

/** The organisations of one kind as select options, sorted by name; `excludeId` leaves one out. */
export function listOrgOptions(orgs: readonly Org[], kind: OrgKind, excludeId?: string): OrgOption[] {
  return orgs
    .filter((org) => org.kind === kind && org.id !== excludeId)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((org) => ({ value: org.id, label: org.name }));
}
