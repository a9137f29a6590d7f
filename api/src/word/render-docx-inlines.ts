import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  InsertedTextRun,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { CommentAnchor } from './anchor-word-comments';
import { DEFINED_TERM_STYLE } from './docx-styles';
import { readInlineText, type WordDeedMark, type WordDeedNode } from './word-deed-node';

/** Who made a suggestion and when, as Word's revision attributes want them. */
export interface RevisionAuthor {
  author: string;
  /** ISO 8601 without milliseconds. */
  date: string;
}

export interface InlineContext {
  nextRevisionId(): number;
  describeSuggestion(id: unknown): RevisionAuthor;
  /** The Word comment ids of a thread (its first comment, then the replies). */
  commentIdsOf(threadIndex: number): number[];
}

export interface InlineScope {
  /** An insertion or deletion covering the whole block (a suggested article, row or item). */
  blockSuggestion?: WordDeedMark;
  isBold?: boolean;
  anchors: readonly CommentAnchor[];
}

const SUGGESTION_KINDS = new Set(['insertion', 'deletion']);

/** The insertion or deletion mark among `marks`, if any. */
export function findSuggestionMark(marks: readonly WordDeedMark[] | undefined): WordDeedMark | undefined {
  return marks?.find((m) => SUGGESTION_KINDS.has(m.type));
}

function runOptions(marks: readonly WordDeedMark[], scope: InlineScope): IRunOptions {
  const has = (type: string) => marks.some((m) => m.type === type);
  return {
    ...((scope.isBold || has('bold')) && { bold: true }),
    ...(has('italic') && { italics: true }),
    ...(has('underline') && { underline: {} }),
    ...(has('strike') && { strike: true }),
    ...(has('definedTerm') && { style: DEFINED_TERM_STYLE }),
  };
}

function renderSegment(
  text: string,
  marks: readonly WordDeedMark[],
  scope: InlineScope,
  ctx: InlineContext,
): ParagraphChild {
  const options = runOptions(marks, scope);
  const suggestion = findSuggestionMark(marks) ?? scope.blockSuggestion;
  if (suggestion) {
    const revision = { id: ctx.nextRevisionId(), ...ctx.describeSuggestion(suggestion.attrs?.id) };
    return suggestion.type === 'insertion'
      ? new InsertedTextRun({ ...options, ...revision, text })
      : new DeletedTextRun({ ...options, ...revision, text });
  }
  const link = marks.find((m) => m.type === 'link');
  const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : undefined;
  if (href && /^(https?:|mailto:)/i.test(href)) {
    return new ExternalHyperlink({
      link: href,
      children: [new TextRun({ ...options, text, style: 'Hyperlink' })],
    });
  }
  return new TextRun({ ...options, text });
}

function renderBreak(marks: readonly WordDeedMark[], scope: InlineScope): ParagraphChild {
  return new TextRun({ ...runOptions(marks, scope), break: 1 });
}

/**
 * The runs of one textblock: marks as run properties, suggestions as Word revisions (w:ins,
 * w:del) with their author and date, comment ranges where threads are anchored.
 */
export function renderDocxInlines(
  nodes: readonly WordDeedNode[],
  scope: InlineScope,
  ctx: InlineContext,
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const boundaries = new Set<number>();
  for (const a of scope.anchors) {
    boundaries.add(a.start);
    boundaries.add(a.end);
  }
  const emitCommentMarks = (at: number) => {
    for (const a of scope.anchors) {
      if (a.end === at && a.start !== at) {
        for (const id of ctx.commentIdsOf(a.threadIndex)) {
          out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
        }
      }
    }
    for (const a of scope.anchors) {
      if (a.start !== at) continue;
      for (const id of ctx.commentIdsOf(a.threadIndex)) out.push(new CommentRangeStart(id));
      if (a.end === at) {
        for (const id of ctx.commentIdsOf(a.threadIndex)) {
          out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
        }
      }
    }
  };

  let offset = 0;
  for (const node of nodes) {
    const marks = node.marks ?? [];
    const text = readInlineText(node);
    if (node.type === 'hardBreak') {
      if (boundaries.has(offset)) emitCommentMarks(offset);
      out.push(renderBreak(marks, scope));
      offset += 1;
      continue;
    }
    if (text.length === 0) continue;
    const cuts = [...boundaries].filter((b) => b >= offset && b < offset + text.length).sort((x, y) => x - y);
    let from = offset;
    for (const cut of cuts) {
      if (cut > from) out.push(renderSegment(text.slice(from - offset, cut - offset), marks, scope, ctx));
      from = cut;
      emitCommentMarks(cut);
    }
    out.push(renderSegment(text.slice(from - offset), marks, scope, ctx));
    offset += text.length;
  }
  if (boundaries.has(offset)) emitCommentMarks(offset);
  return out;
}
