import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  type IParagraphOptions,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CommentAnchor } from './anchor-word-comments';
import { BULLET_REFERENCE, ORDERED_REFERENCE, SUBTITLE_STYLE } from './docx-styles';
import { findSuggestionMark, type InlineContext, renderDocxInlines } from './render-docx-inlines';
import type { WordDeedMark, WordDeedNode } from './word-deed-node';

/** Width of the A4 text block with 2.5 cm margins, in twips: tables share it between columns. */
export const TEXT_WIDTH_TWIPS = 9_026;

export interface BlockContext extends InlineContext {
  /** Comment anchors by textblock index (document order). */
  anchorsByBlock: ReadonlyMap<number, readonly CommentAnchor[]>;
  /** Numbered lists each restart at 1: one numbering instance per list. */
  nextListInstance(): number;
}

interface BlockScope {
  /** Numbers of the enclosing articles: [4, 2] inside article 4.2. */
  articleNumbers: number[];
  suggestion?: WordDeedMark;
  list?: { reference: string; level: number; instance: number };
  isInCell?: boolean;
  isHeaderCell?: boolean;
  isQuote?: boolean;
}

const ARTICLE_HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** "Article 4 – " at the top level, "4.2 " below (an en space), as the editor draws them. */
export function formatArticleLabel(numbers: readonly number[]): string {
  return numbers.length === 1 ? `Article ${numbers[0]} – ` : `${numbers.join('.')}\u2002`;
}

/** Renders blocks in document order, so textblocks are met in the order `listTextblocks` gives. */
class DocxBlockRenderer {
  private textblockIndex = 0;

  constructor(private readonly ctx: BlockContext) {}

  renderBlocks(nodes: readonly WordDeedNode[], scope: BlockScope): FileChild[] {
    const out: FileChild[] = [];
    let articleCounter = 0;
    for (const node of nodes) {
      const suggestion = findSuggestionMark(node.marks) ?? scope.suggestion;
      const nodeScope: BlockScope = { ...scope, ...(suggestion && { suggestion }) };
      if (node.type === 'article') {
        articleCounter += 1;
        out.push(
          ...this.renderArticle(node, {
            ...nodeScope,
            articleNumbers: [...scope.articleNumbers, articleCounter],
          }),
        );
      } else {
        out.push(...this.renderBlock(node, nodeScope));
      }
    }
    return out;
  }

  private renderArticle(node: WordDeedNode, scope: BlockScope): FileChild[] {
    const [title, ...body] = node.content ?? [];
    const depth = scope.articleNumbers.length;
    const heading = ARTICLE_HEADINGS[Math.min(depth, ARTICLE_HEADINGS.length) - 1] ?? HeadingLevel.HEADING_3;
    const titleParagraph = this.renderTextblock(title?.content ?? [], scope, {
      heading,
      prefix: formatArticleLabel(scope.articleNumbers),
      keepNext: true,
    });
    return [titleParagraph, ...this.renderBlocks(body, scope)];
  }

  private renderBlock(node: WordDeedNode, scope: BlockScope): FileChild[] {
    switch (node.type) {
      case 'paragraph':
        return [this.renderTextblock(node.content ?? [], scope, this.paragraphOptions(scope))];
      case 'heading': {
        const level = node.attrs?.level === 1 ? 1 : 2;
        return [
          this.renderTextblock(
            node.content ?? [],
            scope,
            level === 1 ? { heading: HeadingLevel.TITLE } : { style: SUBTITLE_STYLE },
          ),
        ];
      }
      case 'articleTitle':
        return [this.renderTextblock(node.content ?? [], scope, { heading: HeadingLevel.HEADING_3 })];
      case 'bulletList':
      case 'orderedList':
        return this.renderList(node, scope);
      case 'table':
        return [this.renderTable(node, scope)];
      case 'blockquote':
        return this.renderBlocks(node.content ?? [], { ...scope, isQuote: true });
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'horizontalRule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } },
          }),
        ];
      default:
        // Unknown containers keep their content; unknown leaves have nothing to show.
        return this.renderBlocks(node.content ?? [], scope);
    }
  }

  private paragraphOptions(scope: BlockScope): IParagraphOptions {
    return {
      ...(scope.isInCell && { alignment: AlignmentType.LEFT, spacing: { before: 40, after: 40 } }),
      ...(scope.isQuote && { style: 'Quote' }),
    };
  }

  private renderTextblock(
    inlines: readonly WordDeedNode[],
    scope: BlockScope,
    options: IParagraphOptions & { prefix?: string },
  ): Paragraph {
    const { prefix, ...paragraph } = options;
    const anchors = this.ctx.anchorsByBlock.get(this.textblockIndex) ?? [];
    this.textblockIndex += 1;
    const runs = renderDocxInlines(
      inlines,
      {
        anchors,
        ...(scope.suggestion && { blockSuggestion: scope.suggestion }),
        ...(scope.isHeaderCell && { isBold: true }),
      },
      this.ctx,
    );
    return new Paragraph({ ...paragraph, children: prefix ? [new TextRun(prefix), ...runs] : runs });
  }

  private renderList(node: WordDeedNode, scope: BlockScope): FileChild[] {
    const isOrdered = node.type === 'orderedList';
    const level = scope.list ? Math.min(scope.list.level + 1, 3) : 0;
    const list = {
      reference: isOrdered ? ORDERED_REFERENCE : BULLET_REFERENCE,
      level,
      instance: this.ctx.nextListInstance(),
    };
    const out: FileChild[] = [];
    for (const item of node.content ?? []) {
      const suggestion = findSuggestionMark(item.marks) ?? scope.suggestion;
      const itemScope: BlockScope = { ...scope, list, ...(suggestion && { suggestion }) };
      (item.content ?? []).forEach((child, index) => {
        if (child.type === 'paragraph') {
          const childSuggestion = findSuggestionMark(child.marks) ?? itemScope.suggestion;
          const options: IParagraphOptions =
            index === 0 ? { numbering: list } : { indent: { left: 567 * (level + 1) } };
          out.push(
            this.renderTextblock(
              child.content ?? [],
              { ...itemScope, ...(childSuggestion && { suggestion: childSuggestion }) },
              options,
            ),
          );
        } else {
          out.push(...this.renderBlocks([child], itemScope));
        }
      });
    }
    return out;
  }

  private renderTable(node: WordDeedNode, scope: BlockScope): Table {
    const rows = node.content ?? [];
    const columnCount = Math.max(
      1,
      ...rows.map((row) => (row.content ?? []).reduce((sum, cell) => sum + colspanOf(cell), 0)),
    );
    const columnWidth = Math.floor(TEXT_WIDTH_TWIPS / columnCount);
    return new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: Array.from({ length: columnCount }, () => columnWidth),
      rows: rows.map((row, rowIndex) => {
        const cells = row.content ?? [];
        const isHeaderRow = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
        const rowSuggestion = findSuggestionMark(row.marks) ?? scope.suggestion;
        return new TableRow({
          // Word repeats the header rows at the top of each page; only leading rows may be headers.
          // (mammoth reads an explicit `w:tblHeader w:val="off"` as a header: leave it out.)
          ...(isHeaderRow && rowIndex === 0 && { tableHeader: true }),
          cantSplit: true,
          children: cells.map((cell) => {
            const isHeaderCell = cell.type === 'tableHeader';
            const cellSuggestion = findSuggestionMark(cell.marks) ?? rowSuggestion;
            const children = this.renderBlocks(cell.content ?? [], {
              articleNumbers: scope.articleNumbers,
              isInCell: true,
              isHeaderCell,
              ...(cellSuggestion && { suggestion: cellSuggestion }),
            });
            const span = colspanOf(cell);
            const cellBlocks = children.filter(
              (c): c is Paragraph | Table => c instanceof Paragraph || c instanceof Table,
            );
            return new TableCell({
              children: cellBlocks.length > 0 ? cellBlocks : [new Paragraph({})],
              width: { size: columnWidth * span, type: WidthType.DXA },
              margins: { left: 80, right: 80, top: 40, bottom: 40 },
              ...(span > 1 && { columnSpan: span }),
              ...(isHeaderCell && { shading: { type: ShadingType.CLEAR, fill: 'E7ECF2', color: 'auto' } }),
            });
          }),
        });
      }),
    });
  }
}

function colspanOf(cell: WordDeedNode): number {
  const span = Number(cell.attrs?.colspan ?? 1);
  return Number.isInteger(span) && span > 1 ? span : 1;
}

/** The Word blocks (paragraphs and tables) of a deed body. */
export function renderDocxBlocks(doc: WordDeedNode, ctx: BlockContext): FileChild[] {
  return new DocxBlockRenderer(ctx).renderBlocks(doc.content ?? [], { articleNumbers: [] });
}
