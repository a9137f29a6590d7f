import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { createSuggestionId, isSuggestionBy } from './suggestion-id';

/** Web Crypto, present in browsers and in Node 20 (this package is typed without either's library). */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(bytes: Uint8Array): Uint8Array } })
  .crypto;

function randomPart(): string {
  const bytes = new Uint8Array(6);
  webCrypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** New suggestion ids for one author: unique across clients (time plus 48 random bits). */
export function createSuggestionIdGenerator(authorId: string, now: () => Date = () => new Date()) {
  return () => createSuggestionId(authorId, now(), randomPart());
}

/**
 * The tracked form of a transaction: deletions become `deletion` marks, insertions carry an
 * `insertion` mark, format changes become suggestions, all under the author's ids.
 */
export function suggestTransaction(tr: Transaction, state: EditorState, authorId: string): Transaction {
  const nextId = createSuggestionIdGenerator(authorId);
  return transformToSuggestionTransaction(tr, state, () => nextId());
}

/**
 * Whether a transaction would remove text that someone else suggested inserting. In suggestion
 * mode that is refused (withdrawing is the author's call; accepting or rejecting is an editor's),
 * so the editor stops it before it is sent and explains why.
 */
export function removesOthersSuggestions(tr: Transaction, authorId: string): boolean {
  return tr.steps.some((step, index) => {
    if (!(step instanceof ReplaceStep) || step.from === step.to) return false;
    let found = false;
    tr.docs[index]?.nodesBetween(step.from, step.to, (node) => {
      const insertion = node.marks.find((mark) => mark.type.name === 'insertion');
      if (insertion && !isSuggestionBy(insertion.attrs.id, authorId)) found = true;
      return !found;
    });
    return found;
  });
}
