import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Collaborator, readCollaborator } from './collaborator';

export interface PresentCollaborator extends Collaborator {
  isSelf: boolean;
  /** Open tabs of the same person, folded into one entry. */
  tabCount: number;
}

/**
 * The people in the deed now, one entry per person (several tabs fold into one), the local user
 * first; read from awareness, whose `user` field the server stamps with the authenticated identity.
 */
export function useCollaborators(awareness: Awareness, self: Collaborator): PresentCollaborator[] {
  const cache = useRef<{ key: string; value: PresentCollaborator[] } | null>(null);

  const subscribe = useCallback(
    (listener: () => void) => {
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    [awareness],
  );

  const getSnapshot = useCallback(() => {
    const people = listCollaborators(awareness, self);
    const key = JSON.stringify(people);
    if (cache.current?.key !== key) cache.current = { key, value: people };
    return cache.current.value;
  }, [awareness, self]);

  return useSyncExternalStore(subscribe, getSnapshot);
}

function listCollaborators(awareness: Awareness, self: Collaborator): PresentCollaborator[] {
  const byPerson = new Map<string, PresentCollaborator>();
  byPerson.set(self.id, { ...self, isSelf: true, tabCount: 1 });
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const person = readCollaborator(clientId, state);
    if (!person) continue;
    const known = byPerson.get(person.id);
    if (known) known.tabCount += 1;
    else byPerson.set(person.id, { ...person, isSelf: false, tabCount: 1 });
  }
  const [first, ...others] = byPerson.values();
  others.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return first ? [first, ...others] : others;
}
