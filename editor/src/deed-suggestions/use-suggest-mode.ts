import type { DeedDetail } from '@deedroom/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SuggestChangesOptions } from './suggest-changes-extension';
import type { SuggestionAuthors } from './suggestion-author';
import { useDealPeople } from './use-deal-people';

export type SuggestRefusal = 'others-suggestion' | 'forced';

/**
 * What the deed editor needs for suggestion mode: extension options that always read the latest
 * access (the editor is created once; edit mode and names change while it lives), the authors'
 * names, and the last change the editor refused to send.
 */
export function useSuggestMode(access: DeedDetail, userId: string) {
  const authors = useDealPeople(access.dealId);
  const isForced = access.editMode === 'suggest';
  const latest = useRef({ isForced, authors });
  const [refusal, setRefusal] = useState<SuggestRefusal | null>(null);
  useEffect(() => {
    latest.current = { isForced, authors };
  }, [isForced, authors]);

  const options = useMemo<SuggestChangesOptions>(
    () => ({
      userId,
      isForced: () => latest.current.isForced,
      authors: (): SuggestionAuthors => latest.current.authors,
      onRefused: setRefusal,
    }),
    [userId],
  );
  return { options, authors, isForced, refusal, clearRefusal: () => setRefusal(null) };
}
