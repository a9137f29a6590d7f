import { ORG_KINDS, type OrgKind } from '@deedroom/shared';

interface PersonOfOrg {
  name: string;
  orgName: string;
  orgKind: OrgKind;
}

/** Bank first, then developer, then notary; by organisation, then by name. */
export function sortByOrganisation<T extends PersonOfOrg>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) =>
      ORG_KINDS.indexOf(a.orgKind) - ORG_KINDS.indexOf(b.orgKind) ||
      a.orgName.localeCompare(b.orgName, 'fr') ||
      a.name.localeCompare(b.name, 'fr'),
  );
}
