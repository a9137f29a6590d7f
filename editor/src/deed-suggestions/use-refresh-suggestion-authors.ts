import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { REFRESH_AUTHORS } from './suggest-changes-extension';
import type { SuggestionAuthors } from './suggestion-author';

/** Redraws the authors' names on the suggestions in the text once the staff list is known. */
export function useRefreshSuggestionAuthors(editor: Editor, authors: SuggestionAuthors): void {
  useEffect(() => {
    if (authors.size > 0 && !editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(REFRESH_AUTHORS, true));
  }, [editor, authors]);
}
