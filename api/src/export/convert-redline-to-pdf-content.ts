import type { ComparedBlock, RedlineSegment } from '@deedroom/shared';
import type { Content, ContentText } from 'pdfmake/interfaces';
import { buildArticleHeading } from './build-article-heading';
import { buildPdfTable, type PdfTableRow } from './build-pdf-table';
import { keepHeadingWithNext } from './keep-heading-with-next';
import { PDF_COLOURS } from './pdf-theme';
import { styleInlineMarks } from './style-inline-marks';

/** The mark a redline op adds to a run: inserted underlined in blue, deleted struck in red. */
const OP_MARK = { equal: [], insert: ['insertion'], delete: ['deletion'] } as const;

function convertSegments(segments: readonly RedlineSegment[] = []): ContentText[] {
  return segments.map((segment) => {
    const marks = [...(segment.marks ?? []), ...OP_MARK[segment.op]];
    const style = styleInlineMarks(marks, segment.href);
    return { text: segment.atom === 'hardBreak' ? '\n' : segment.text, ...style };
  });
}

/** A marker in the margin-side of a block that was wholly inserted, deleted or moved. */
function describeBlockChange(block: ComparedBlock): ContentText | null {
  if (block.isMoved) return { text: '[déplacé] ', color: PDF_COLOURS.inserted, fontSize: 8, bold: true };
  return null;
}

function convertTextBlock(block: ComparedBlock, style: string): Content {
  const runs = convertSegments(block.segments);
  const moved = describeBlockChange(block);
  const text = moved ? [moved, ...runs] : runs;
  return { text: text.length > 0 ? text : '\u00a0', style };
}

function convertChildren(blocks: readonly ComparedBlock[] = []): Content[] {
  return blocks.map(convertBlock);
}

function convertTable(block: ComparedBlock): Content {
  const rows: PdfTableRow[] = (block.children ?? []).map((row) => ({
    isHeader: (row.children ?? []).length > 0 && (row.children ?? []).every((c) => c.type === 'tableHeader'),
    cells: (row.children ?? []).map((cell) => ({
      stack: convertChildren(cell.children),
      colspan: Number(cell.attrs?.colspan ?? 1),
      rowspan: Number(cell.attrs?.rowspan ?? 1),
    })),
  }));
  return buildPdfTable(rows);
}

function convertArticle(block: ComparedBlock): Content {
  const [title, ...rest] = block.children ?? [];
  const article = block.article;
  const titleRuns: ContentText[] = [];
  const moved = describeBlockChange(block);
  if (moved) titleRuns.push(moved);
  if (article?.formerNumber)
    titleRuns.push({ text: `(ex-${article.formerNumber}) `, color: PDF_COLOURS.muted });
  titleRuns.push(...convertSegments(title?.segments));
  const heading = buildArticleHeading(article?.number ?? '', article?.depth ?? 1, titleRuns);
  return { stack: keepHeadingWithNext(heading, convertChildren(rest)) };
}

function convertBlock(block: ComparedBlock): Content {
  switch (block.type) {
    case 'paragraph':
      return convertTextBlock(block, 'body');
    case 'heading':
      return convertTextBlock(block, Number(block.attrs?.level) === 1 ? 'heading1' : 'heading2');
    case 'articleTitle':
      return convertTextBlock(block, 'article2');
    case 'article':
      return convertArticle(block);
    case 'bulletList':
    case 'orderedList': {
      const items = (block.children ?? []).map((item) => ({ stack: convertChildren(item.children) }));
      const list = { margin: [8, 0, 0, 6] as [number, number, number, number] };
      return block.type === 'bulletList'
        ? { ul: items, ...list }
        : { ol: items, start: Number(block.attrs?.start ?? 1), ...list };
    }
    case 'table':
      return convertTable(block);
    case 'blockquote':
      return { stack: convertChildren(block.children), margin: [24, 0, 24, 6], italics: true };
    case 'pageBreak': {
      // A page break is shown, not obeyed: the redline is read for its changes.
      const colour =
        block.status === 'inserted'
          ? PDF_COLOURS.inserted
          : block.status === 'deleted'
            ? PDF_COLOURS.deleted
            : PDF_COLOURS.muted;
      return {
        text: '— saut de page —',
        alignment: 'center',
        fontSize: 8,
        color: colour,
        margin: [0, 2, 0, 6],
      };
    }
    default:
      return block.children ? { stack: convertChildren(block.children) } : convertTextBlock(block, 'body');
  }
}

/**
 * The redline body as pdfmake content: every block of the comparison in the order of the newer
 * text, deleted blocks at their former place, inserted text underlined in blue and deleted text
 * struck through in red, articles numbered as in the version they belong to.
 */
export function convertRedlineToPdfContent(blocks: readonly ComparedBlock[]): Content[] {
  return convertChildren(blocks);
}
