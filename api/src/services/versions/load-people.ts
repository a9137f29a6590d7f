import type { PersonRef } from '@deedroom/shared';
import type { ServiceDeps } from '../deps';

/** Names and organisations of the people a version, an approval or the history mentions. */
export async function loadPeople(
  deps: ServiceDeps,
  userIds: Iterable<string>,
): Promise<Map<string, PersonRef>> {
  const people = new Map<string, PersonRef>();
  for (const id of new Set(userIds)) {
    const user = await deps.stores.users.findById(id);
    people.set(
      id,
      user
        ? { id, name: user.name, orgName: user.orgName, orgKind: user.orgKind }
        : { id, name: 'Utilisateur inconnu', orgName: '', orgKind: 'bank' },
    );
  }
  return people;
}

/** The person for an id loaded by {@link loadPeople}. */
export function personOf(people: Map<string, PersonRef>, id: string): PersonRef {
  return people.get(id) ?? { id, name: 'Utilisateur inconnu', orgName: '', orgKind: 'bank' };
}
