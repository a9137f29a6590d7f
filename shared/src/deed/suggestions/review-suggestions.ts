import {
  applySuggestion,
  disableSuggestChanges,
  enableSuggestChanges,
  isSuggestChangesEnabled,
  revertSuggestion,
  suggestChanges,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { Command, EditorState, Transaction } from '@tiptap/pm/state';

/**
 * The suggestion engine's editor side (prosemirror-suggest-changes), re-exported from here so
 * that the browser and the server use the very same copy and ProseMirror modules.
 */
export {
  disableSuggestChanges,
  enableSuggestChanges,
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
};

type Dispatch = (tr: Transaction) => void;

function runEach(ids: readonly string[], toCommand: (id: string) => Command): Command {
  return (state: EditorState, dispatch?: Dispatch) => {
    if (!dispatch) return ids.length > 0;
    let current = state;
    let tr = state.tr;
    for (const id of ids) {
      toCommand(id)(current, (step) => {
        for (const s of step.steps) tr.step(s);
        current = current.apply(step);
      });
    }
    tr = tr.setMeta(suggestChangesKey, { skip: true });
    if (tr.docChanged) dispatch(tr);
    return tr.docChanged;
  };
}

/** Accepts the suggestions (their insertions stay, their deletions go), as one undoable change. */
export function acceptSuggestions(ids: readonly string[]): Command {
  return runEach(ids, (id) => applySuggestion(id));
}

/** Rejects the suggestions (their insertions go, their deletions stay), as one undoable change. */
export function rejectSuggestions(ids: readonly string[]): Command {
  return runEach(ids, (id) => revertSuggestion(id));
}
