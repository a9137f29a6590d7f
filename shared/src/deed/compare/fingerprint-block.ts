import type { DeedNode } from './normalize-deed-node';

export interface BlockWords {
  /** Words of an article's title (empty for other blocks). */
  title: Map<string, number>;
  /** Words of the block, or of an article without its title. */
  body: Map<string, number>;
  count: number;
}

/** What alignment needs to know of a block: its exact content, and its words for similarity. */
export interface BlockFingerprint {
  node: DeedNode;
  /** Canonical JSON: equal keys mean identical blocks. */
  key: string;
  /** Blocks of one family can be matched: a paragraph turned into a heading is the same block. */
  family: string;
  /** Counted on first use: most blocks are identical and never need them. */
  readWords: () => BlockWords;
}

const FAMILIES: Record<string, string> = {
  paragraph: 'textblock',
  heading: 'textblock',
  bulletList: 'list',
  orderedList: 'list',
  tableHeader: 'cell',
  tableCell: 'cell',
};

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

function countWords(node: DeedNode, words: Map<string, number>): void {
  const text = node.text ?? (node.type === 'annexReference' ? String(node.attrs?.label ?? '') : '');
  if (text) {
    for (const word of text.toLowerCase().split(NOT_WORD)) {
      if (word) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  for (const child of node.content ?? []) countWords(child, words);
}

function sumCounts(words: Map<string, number>): number {
  let total = 0;
  for (const count of words.values()) total += count;
  return total;
}

function collectWords(node: DeedNode): BlockWords {
  const title = new Map<string, number>();
  const body = new Map<string, number>();
  if (node.type === 'article') {
    for (const child of node.content ?? []) countWords(child, child.type === 'articleTitle' ? title : body);
  } else {
    countWords(node, body);
  }
  return { title, body, count: sumCounts(title) + sumCounts(body) };
}

/** Fingerprints a block once, before it is compared with many candidates. */
export function fingerprintBlock(node: DeedNode): BlockFingerprint {
  let words: BlockWords | undefined;
  return {
    node,
    key: JSON.stringify(node),
    family: FAMILIES[node.type] ?? node.type,
    readWords: () => {
      words ??= collectWords(node);
      return words;
    },
  };
}
