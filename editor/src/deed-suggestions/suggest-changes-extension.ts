import {
  enableSuggestChanges,
  isSuggestChangesEnabled,
  parseSuggestionId,
  removesOthersSuggestions,
  suggestChanges,
  suggestChangesKey,
  suggestTransaction,
} from '@deedroom/shared';
import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describeAuthor, formatSuggestionTime, type SuggestionAuthors } from './suggestion-author';

export interface SuggestChangesOptions {
  userId: string;
  /** True while the user's party is held to suggestion mode (read at every transaction). */
  isForced: () => boolean;
  /** The deal's people, to name each suggestion's author. */
  authors: () => SuggestionAuthors;
  /** A change was stopped before it reached the server; tell the user why. */
  onRefused: (reason: 'others-suggestion' | 'forced') => void;
}

const SUGGESTION_MARKS = new Set(['insertion', 'deletion', 'modification']);
const authorshipKey = new PluginKey<DecorationSet>('suggestionAuthorship');
/** Set on a transaction to redraw author names once the staff list has arrived. */
export const REFRESH_AUTHORS = 'refreshSuggestionAuthors';

function decorateAuthors(doc: Node, authors: SuggestionAuthors): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    const mark = node.marks.find((m) => SUGGESTION_MARKS.has(m.type.name));
    if (!mark || !node.isInline) return true;
    const parts = parseSuggestionId(mark.attrs.id);
    const verb =
      mark.type.name === 'insertion'
        ? 'Ajout'
        : mark.type.name === 'deletion'
          ? 'Suppression'
          : 'Mise en forme';
    decorations.push(
      Decoration.inline(pos, pos + node.nodeSize, {
        title: `${verb} proposé par ${describeAuthor(authors, parts?.authorId ?? null)} · ${formatSuggestionTime(parts?.createdAt.toISOString() ?? null)}`,
        'data-suggestion-author': parts?.authorId ?? '',
      }),
    );
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Suggestion mode (track changes) for the deed editor: while on, every change the user makes is
 * turned into a suggestion under their own ids before it reaches the Y.Doc. The server enforces
 * the same rule for people held to suggestion mode; this extension stops a refused change early
 * and says why instead of letting the server close the connection.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return { userId: '', isForced: () => false, authors: () => new Map(), onRefused: () => {} };
  },

  addProseMirrorPlugins() {
    const { authors } = this.options;
    return [
      suggestChanges(),
      new Plugin<DecorationSet>({
        key: authorshipKey,
        state: {
          init: (_, state) => decorateAuthors(state.doc, authors()),
          apply: (tr, previous, _old, state) =>
            tr.docChanged || tr.getMeta(REFRESH_AUTHORS) ? decorateAuthors(state.doc, authors()) : previous,
        },
        props: { decorations: (state) => authorshipKey.getState(state) },
      }),
    ];
  },

  onCreate() {
    if (this.options.isForced()) enableSuggestChanges(this.editor.state, this.editor.view.dispatch);
  },

  dispatchTransaction({ transaction, next }) {
    const { state } = this.editor;
    const { userId, isForced, onRefused } = this.options;
    const ySync = transaction.getMeta(ySyncPluginKey) as
      | { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean }
      | undefined;
    const isRemote = Boolean(ySync?.isChangeOrigin);
    if (!transaction.docChanged || isRemote) return next(transaction);
    const isReview = 'skip' in ((transaction.getMeta(suggestChangesKey) as object | undefined) ?? {});
    const isSuggesting = isForced() || isSuggestChangesEnabled(state);
    if (isReview || ySync?.isUndoRedoOperation || !isSuggesting) {
      // Accepting, rejecting or undoing is an editor's act; the server would refuse it from a suggester.
      if (isForced() && isReview) return onRefused('forced');
      return next(transaction);
    }
    if (removesOthersSuggestions(transaction, userId)) return onRefused('others-suggestion');
    next(suggestTransaction(transaction, state, userId));
  },
});
