import { useEffect, useState } from 'react';
import { fetchStaff } from '../api/staffing-api';
import type { SuggestionAuthors } from './suggestion-author';

/** The people staffed on the deal, by user id (to name authors); empty until loaded. */
export function useDealPeople(dealId: string): SuggestionAuthors {
  const [people, setPeople] = useState<SuggestionAuthors>(new Map());
  useEffect(() => {
    const controller = new AbortController();
    fetchStaff(dealId, controller.signal).then(
      (members) =>
        setPeople(
          new Map(members.map((m) => [m.userId, { name: m.name, orgName: m.orgName, orgKind: m.orgKind }])),
        ),
      () => {
        // Without names, suggestions still show; authors read « Participant inconnu ».
      },
    );
    return () => controller.abort();
  }, [dealId]);
  return people;
}
