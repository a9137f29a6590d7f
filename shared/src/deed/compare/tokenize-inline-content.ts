import type { DeedNode } from './normalize-deed-node';

/** One word, run of spaces, punctuation sign or inline atom of a text block. */
export interface InlineToken {
  text: string;
  /** Formatting mark names, sorted ("bold", "definedTerm", "link"...). */
  marks: string[];
  href?: string;
  /** Set for an inline node other than text, which is compared as one token. */
  atom?: string;
  /** Equal keys mean the same words: formatting is compared apart. */
  matchKey: string;
  formatKey: string;
}

const WORDS_SPACES_OR_SIGNS = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

/** How an inline node reads in the deed ("Annexe 3 – Permis de construire"). */
export function readAtomText(node: DeedNode): string {
  if (node.type === 'annexReference') return `Annexe ${node.attrs?.label ?? ''}`;
  if (node.type === 'hardBreak') return '\n';
  const label = node.attrs?.label ?? node.attrs?.text ?? node.attrs?.alt ?? '';
  const content = (node.content ?? []).map((child) => child.text ?? '').join('');
  return content || String(label);
}

function createToken(text: string, node: DeedNode, atom?: string): InlineToken {
  const marks = (node.marks ?? []).map((mark) => mark.type);
  const href = node.marks?.find((mark) => mark.type === 'link')?.href;
  const token: InlineToken = {
    text,
    marks,
    matchKey: atom ? `${atom}\u0000${text}` : text,
    formatKey: `${marks.join(',')}\u0000${href ?? ''}`,
  };
  if (href !== undefined) token.href = href;
  if (atom) token.atom = atom;
  return token;
}

/**
 * Splits the inline content of a text block into words, spaces and signs (so "100 euros." →
 * "100", " ", "euros", "."); inline atoms such as annex references stay whole.
 */
export function tokenizeInlineContent(content: readonly DeedNode[] | undefined): InlineToken[] {
  const tokens: InlineToken[] = [];
  for (const node of content ?? []) {
    if (node.type !== 'text') {
      tokens.push(createToken(readAtomText(node), node, node.type));
      continue;
    }
    for (const match of (node.text ?? '').matchAll(WORDS_SPACES_OR_SIGNS)) {
      tokens.push(createToken(match[0], node));
    }
  }
  return tokens;
}
