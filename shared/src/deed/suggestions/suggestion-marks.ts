import { Mark, mergeAttributes } from '@tiptap/core';
import { parseSuggestionId } from './suggestion-id';

/**
 * The three tracked-change marks of @handlewithcare/prosemirror-suggest-changes, as Tiptap marks
 * (the library finds them by these names). `id` is a suggestion id (see suggestion-id.ts); the
 * rendered element carries the author id and time so the editor can name the author.
 */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number];

/** What a block node's `marks` spec must allow so that whole blocks can be suggested. */
export const SUGGESTION_BLOCK_MARKS = SUGGESTION_MARK_NAMES.join(' ');

function idAttribute() {
  return {
    id: {
      default: null,
      parseHTML: (element: { getAttribute(name: string): string | null }) =>
        element.getAttribute('data-suggestion-id'),
      renderHTML: (attributes: Record<string, unknown>) => {
        const id = attributes.id;
        const parts = parseSuggestionId(id);
        return {
          'data-suggestion-id': String(id),
          ...(parts && {
            'data-author-id': parts.authorId,
            'data-created-at': parts.createdAt.toISOString(),
          }),
        };
      },
    },
  };
}

export const SuggestionInsertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: idAttribute,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'ins',
    mergeAttributes({ class: 'deed-suggestion deed-suggestion-insertion' }, HTMLAttributes),
    0,
  ],
});

export const SuggestionDeletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: idAttribute,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'del',
    mergeAttributes({ class: 'deed-suggestion deed-suggestion-deletion' }, HTMLAttributes),
    0,
  ],
});

export const SuggestionModification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...idAttribute(),
    type: { default: 'attr', rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'span[data-suggestion-kind="modification"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'span',
    mergeAttributes(
      { class: 'deed-suggestion deed-suggestion-modification', 'data-suggestion-kind': 'modification' },
      HTMLAttributes,
    ),
    0,
  ],
});

export const SUGGESTION_MARKS = [SuggestionInsertion, SuggestionDeletion, SuggestionModification];
