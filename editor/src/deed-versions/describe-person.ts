import { ORG_KIND_LABELS, type PersonRef } from '@deedroom/shared';

/** « Julie Morel (Promoteur) »: a person with the kind of party they act for. */
export function describePerson(person: PersonRef): string {
  return `${person.name} (${ORG_KIND_LABELS[person.orgKind]})`;
}

/** « V3 « Envoyée à la banque » » as one label. */
export function describeVersion(version: { number: number; name: string }): string {
  return `V${version.number}\u00a0«\u202f${version.name}\u202f»`;
}
