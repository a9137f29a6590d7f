import { type SuggestionSummary, summariseSuggestions } from '@deedroom/shared';
import type { Node } from '@tiptap/pm/model';
import { type Editor, useEditorState } from '@tiptap/react';

const cache = new WeakMap<Node, SuggestionSummary[]>();

function readSuggestions(doc: Node): SuggestionSummary[] {
  let summaries = cache.get(doc);
  if (!summaries) {
    summaries = summariseSuggestions(doc);
    cache.set(doc, summaries);
  }
  return summaries;
}

/** The deed's pending suggestions, in document order, recomputed only when the text changes. */
export function useSuggestions(editor: Editor): SuggestionSummary[] {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => readSuggestions(current.state.doc),
    equalityFn: (a, b) => a === b,
  });
}

/** Ids of the suggestions touching the current selection. */
export function readSelectedSuggestionIds(
  editor: Editor,
  suggestions: readonly SuggestionSummary[],
): string[] {
  const { from, to } = editor.state.selection;
  return suggestions.filter((s) => s.from < to && s.to > from).map((s) => s.id);
}
