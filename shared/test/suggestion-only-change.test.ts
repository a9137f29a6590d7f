import { applySuggestion, revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getDeedSchema } from '../src/deed/deed-extensions';
import { isSuggestionOnlyChange } from '../src/deed/suggestions/is-suggestion-only-change';
import { removesOthersSuggestions, suggestTransaction } from '../src/deed/suggestions/suggest-transaction';
import { summariseSuggestions } from '../src/deed/suggestions/summarise-suggestions';

const schema = getDeedSchema();

function deed(): Node {
  return schema.nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: 'article',
        content: [
          { type: 'articleTitle', content: [{ type: 'text', text: 'Objet' }] },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Le Prêteur consent un crédit au Promoteur.' }],
          },
        ],
      },
    ],
  });
}

/** Position of `needle` in the document's first paragraph holding it. */
function findText(doc: Node, needle: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text?.indexOf(needle) ?? -1;
    if (index >= 0) found = pos + index;
    return false;
  });
  if (found < 0) throw new Error(`"${needle}" not in the document`);
  return found;
}

/** Runs `edit` as `userId` in suggestion mode and returns the resulting document. */
function suggest(doc: Node, userId: string, edit: (tr: Transaction) => void): Node {
  const state = EditorState.create({ doc });
  const tr = state.tr;
  edit(tr);
  return state.apply(suggestTransaction(tr, state, userId)).doc;
}

function plain(doc: Node, edit: (tr: Transaction) => void): Node {
  const state = EditorState.create({ doc });
  const tr = state.tr;
  edit(tr);
  return state.apply(tr).doc;
}

function runCommand(doc: Node, command: ReturnType<typeof applySuggestion>): Node {
  let state = EditorState.create({ doc });
  command(state, (tr) => {
    state = state.apply(tr);
  });
  return state.doc;
}

describe('tracked changes only (the server’s rule for suggesters)', () => {
  it('accepts an insertion and a deletion made as the user’s own suggestions', () => {
    const before = deed();
    const inserted = suggest(before, 'julie', (tr) =>
      tr.insertText('immobilier ', findText(before, 'crédit')),
    );
    expect(isSuggestionOnlyChange(before, inserted, 'julie')).toBe(true);
    const from = findText(inserted, 'au Promoteur');
    const deleted = suggest(inserted, 'julie', (tr) => tr.delete(from, from + 'au Promoteur'.length));
    expect(deleted.textContent).toContain('au Promoteur');
    expect(isSuggestionOnlyChange(inserted, deleted, 'julie')).toBe(true);
    const [insertion, deletion] = summariseSuggestions(deleted);
    expect(insertion).toMatchObject({ authorId: 'julie', insertedText: 'immobilier ', kinds: ['insertion'] });
    expect(deletion).toMatchObject({ authorId: 'julie', deletedText: 'au Promoteur', kinds: ['deletion'] });
  });

  it('accepts a format change made as a suggestion, and a user withdrawing their own suggestion', () => {
    const before = deed();
    const from = findText(before, 'Prêteur');
    const bolded = suggest(before, 'julie', (tr) => tr.addMark(from, from + 7, schema.mark('bold')));
    expect(isSuggestionOnlyChange(before, bolded, 'julie')).toBe(true);
    const [suggestion] = summariseSuggestions(bolded);
    const withdrawn = runCommand(bolded, revertSuggestion(suggestion?.id ?? ''));
    expect(isSuggestionOnlyChange(bolded, withdrawn, 'julie')).toBe(true);
  });

  it('refuses a plain edit, and a suggestion signed with someone else’s id', () => {
    const before = deed();
    const edited = plain(before, (tr) => tr.insertText('immobilier ', findText(before, 'crédit')));
    expect(isSuggestionOnlyChange(before, edited, 'julie')).toBe(false);
    const forged = suggest(before, 'paul', (tr) => tr.insertText('immobilier ', findText(before, 'crédit')));
    expect(isSuggestionOnlyChange(before, forged, 'julie')).toBe(false);
  });

  it('refuses accepting or rejecting someone else’s suggestion, which is an editor’s decision', () => {
    const before = suggest(deed(), 'paul', (tr) => tr.insertText('immobilier ', findText(deed(), 'crédit')));
    const [suggestion] = summariseSuggestions(before);
    const id = suggestion?.id ?? '';
    expect(isSuggestionOnlyChange(before, runCommand(before, applySuggestion(id)), 'julie')).toBe(false);
    expect(isSuggestionOnlyChange(before, runCommand(before, revertSuggestion(id)), 'julie')).toBe(false);
  });

  it('gives each author their own suggestion even when typing right after someone else’s', () => {
    const start = deed();
    const afterPaul = suggest(start, 'paul', (tr) => tr.insertText('ferme ', findText(start, 'crédit')));
    const at = findText(afterPaul, 'ferme ') + 'ferme '.length;
    const afterJulie = suggest(afterPaul, 'julie', (tr) => tr.insertText('et irrévocable ', at));
    expect(isSuggestionOnlyChange(afterPaul, afterJulie, 'julie')).toBe(true);
    const authors = summariseSuggestions(afterJulie).map((s) => [s.authorId, s.insertedText]);
    expect(authors).toEqual([
      ['paul', 'ferme '],
      ['julie', 'et irrévocable '],
    ]);
  });

  it('spots a deletion that would remove someone else’s suggested text', () => {
    const doc = suggest(deed(), 'paul', (tr) => tr.insertText('ferme ', findText(deed(), 'crédit')));
    const state = EditorState.create({ doc });
    const from = findText(doc, 'ferme');
    const tr = state.tr.setSelection(TextSelection.create(doc, from, from + 5)).deleteSelection();
    expect(removesOthersSuggestions(tr, 'julie')).toBe(true);
    expect(removesOthersSuggestions(tr, 'paul')).toBe(false);
  });
});
