/** One comment of a thread as Word shows it. */
export interface WordComment {
  author: string;
  initials: string;
  date: Date;
  /** Plain text; line breaks become paragraphs. */
  text: string;
}

/** A comment thread to export: the text it was written on, then its comments, oldest first. */
export interface WordCommentThread {
  quote: string;
  isResolved: boolean;
  /** A line shown before the first comment, e.g. « Discussion interne : Banque Atlantique ». */
  heading?: string;
  comments: WordComment[];
}

/** Where a thread sits: a character range in one textblock (see `listTextblocks`). */
export interface CommentAnchor {
  threadIndex: number;
  start: number;
  end: number;
  /** False when the quoted text is no longer in the document: the thread sits on the first line. */
  isFound: boolean;
}

const MIN_PARTIAL_QUOTE = 3;

function findQuote(
  texts: readonly string[],
  quote: string,
): { block: number; start: number; end: number } | null {
  const candidates = [quote, ...quote.split(/\n+/)].map((q) => q.trim()).filter((q) => q.length > 0);
  for (const candidate of candidates) {
    if (candidate !== quote.trim() && candidate.length < MIN_PARTIAL_QUOTE) continue;
    for (let block = 0; block < texts.length; block += 1) {
      const start = texts[block]?.indexOf(candidate) ?? -1;
      if (start >= 0) return { block, start, end: start + candidate.length };
    }
  }
  return null;
}

/**
 * Places each thread on the first occurrence of its quote (the server never decodes the Yjs
 * anchors, and a version has none). A quote spanning several paragraphs is placed on its first
 * line; a quote no longer in the text puts the thread on the document's first textblock.
 */
export function anchorWordComments(
  textblockTexts: readonly string[],
  threads: readonly WordCommentThread[],
): Map<number, CommentAnchor[]> {
  const byBlock = new Map<number, CommentAnchor[]>();
  threads.forEach((thread, threadIndex) => {
    const found = findQuote(textblockTexts, thread.quote);
    const block = found?.block ?? 0;
    const anchor: CommentAnchor = found
      ? { threadIndex, start: found.start, end: found.end, isFound: true }
      : { threadIndex, start: 0, end: textblockTexts[0]?.length ?? 0, isFound: false };
    byBlock.set(block, [...(byBlock.get(block) ?? []), anchor]);
  });
  return byBlock;
}
