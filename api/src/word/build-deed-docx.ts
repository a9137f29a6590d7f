import {
  AlignmentType,
  Document,
  Footer,
  Header,
  type ICommentOptions,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { anchorWordComments, type WordCommentThread } from './anchor-word-comments';
import { DEED_NUMBERING, DEED_STYLES } from './docx-styles';
import { renderDocxBlocks } from './render-docx-blocks';
import type { RevisionAuthor } from './render-docx-inlines';
import { listTextblocks, readTextblockText, type WordDeedNode } from './word-deed-node';

export interface DeedDocxInput {
  deedTitle: string;
  dealName: string;
  /** « V3 – Envoyée à la banque » or « Texte en cours ». */
  versionLabel: string;
  content: WordDeedNode;
  /** Who made a suggestion and when, from its id. */
  describeSuggestion(id: unknown): RevisionAuthor;
  threads: readonly WordCommentThread[];
}

/** A4 with 2.5 cm margins, in twips. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_417 };

function commentParagraphs(text: string): Paragraph[] {
  return text.split(/\n/).map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function buildComments(
  threads: readonly WordCommentThread[],
  firstIdOf: number[],
  isFound: boolean[],
): ICommentOptions[] {
  return threads.flatMap((thread, index) => {
    const firstId = firstIdOf[index] ?? 0;
    return thread.comments.map((comment, position): ICommentOptions => {
      const lines = [
        ...(position === 0 && thread.heading ? [thread.heading] : []),
        ...(position === 0 && !isFound[index] ? [`Passage cité : « ${thread.quote} »`] : []),
        comment.text,
      ];
      return {
        id: firstId + position,
        author: comment.author,
        initials: comment.initials,
        date: comment.date,
        children: commentParagraphs(lines.join('\n')),
        ...(position > 0 && { parentId: firstId }),
        ...(thread.isResolved && { resolved: true }),
      };
    });
  });
}

/**
 * A deed as a Word document: named styles (articles as Heading 1–3, numbered as the editor numbers
 * them), lists, tables with repeated header rows, page breaks, suggestions as tracked changes and
 * comment threads as Word comments. Change tracking is on, so edits made in Word are tracked too.
 */
export async function buildDeedDocx(input: DeedDocxInput): Promise<Buffer> {
  const texts = listTextblocks(input.content).map(readTextblockText);
  const anchorsByBlock = anchorWordComments(texts, input.threads);
  const isFound = input.threads.map(() => true);
  for (const anchors of anchorsByBlock.values()) for (const a of anchors) isFound[a.threadIndex] = a.isFound;
  const firstIdOf: number[] = [];
  let nextCommentId = 0;
  for (const thread of input.threads) {
    firstIdOf.push(nextCommentId);
    nextCommentId += thread.comments.length;
  }
  let revisionId = 0;
  let listInstance = 0;
  const children = renderDocxBlocks(input.content, {
    anchorsByBlock,
    nextListInstance: () => ++listInstance,
    nextRevisionId: () => ++revisionId,
    describeSuggestion: input.describeSuggestion,
    commentIdsOf: (threadIndex) => {
      const first = firstIdOf[threadIndex] ?? 0;
      const count = input.threads[threadIndex]?.comments.length ?? 0;
      return Array.from({ length: count }, (_, i) => first + i);
    },
  });

  const small = { size: 16, color: '555555' };
  const document = new Document({
    creator: 'Deedroom',
    title: input.deedTitle,
    subject: input.dealName,
    description: input.versionLabel,
    styles: DEED_STYLES,
    numbering: DEED_NUMBERING,
    features: { trackRevisions: true },
    comments: { children: buildComments(input.threads, firstIdOf, isFound) },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ ...small, text: `${input.dealName} — ${input.deedTitle}` })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    ...small,
                    children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ ...small, text: input.versionLabel })],
              }),
            ],
          }),
        },
        children: children.length > 0 ? children : [new Paragraph({})],
      },
    ],
  });
  return Packer.toBuffer(document);
}
