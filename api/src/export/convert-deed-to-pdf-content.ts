import { type DeedJsonNode, numberArticles } from '@deedroom/shared';
import type { Content, ContentText } from 'pdfmake/interfaces';
import { applyPageBreaks, PAGE_BREAK } from './apply-page-breaks';
import { buildArticleHeading } from './build-article-heading';
import { buildPdfTable, type PdfTableRow } from './build-pdf-table';
import { keepHeadingWithNext } from './keep-heading-with-next';
import { PDF_COLOURS } from './pdf-theme';
import { styleInlineMarks } from './style-inline-marks';

/** A ProseMirror JSON node with the marks of its text. */
interface MarkedNode extends DeedJsonNode {
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  content?: MarkedNode[];
}

interface Walk {
  /** Article numbers by index path from the root ("0.3.1"), from `numberArticles`. */
  numbers: Map<string, { number: string; depth: number }>;
}

function convertInline(nodes: readonly MarkedNode[] = []): ContentText[] {
  return nodes.map((node): ContentText => {
    const marks = (node.marks ?? []).map((m) => m.type);
    const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
    const style = styleInlineMarks(marks, typeof href === 'string' ? href : undefined);
    if (node.type === 'text') return { text: node.text ?? '', ...style };
    if (node.type === 'hardBreak') return { text: '\n' };
    if (node.type === 'annexReference')
      return { text: `Annexe ${String(node.attrs?.label ?? '')}`, ...style };
    return { text: '' };
  });
}

function convertTextBlock(node: MarkedNode, style: string): Content {
  const runs = convertInline(node.content);
  // An empty paragraph keeps its line, as in the editor.
  return { text: runs.length > 0 ? runs : '\u00a0', style };
}

/** Converts `nodes` from index `from` on (an article's blocks after its title), keeping their paths. */
function convertChildren(nodes: readonly MarkedNode[], path: number[], walk: Walk, from = 0): Content[] {
  return applyPageBreaks(
    nodes.slice(from).map((child, index) => convertBlock(child, [...path, from + index], walk)),
  );
}

function convertTable(node: MarkedNode, path: number[], walk: Walk): Content {
  const rows: PdfTableRow[] = (node.content ?? []).map((row, r) => ({
    isHeader: (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader'),
    cells: (row.content ?? []).map((cell, c) => ({
      stack: convertChildren(cell.content ?? [], [...path, r, c], walk),
      colspan: Number(cell.attrs?.colspan ?? 1),
      rowspan: Number(cell.attrs?.rowspan ?? 1),
    })),
  }));
  return buildPdfTable(rows);
}

function convertBlock(node: MarkedNode, path: number[], walk: Walk): Content | typeof PAGE_BREAK {
  switch (node.type) {
    case 'paragraph':
      return convertTextBlock(node, 'body');
    case 'heading':
      return convertTextBlock(node, Number(node.attrs?.level) === 1 ? 'heading1' : 'heading2');
    case 'article': {
      const numbered = walk.numbers.get(path.join('.'));
      const children = node.content ?? [];
      const heading = buildArticleHeading(
        numbered?.number ?? '',
        numbered?.depth ?? 1,
        convertInline(children[0]?.content),
      );
      return { stack: keepHeadingWithNext(heading, convertChildren(children, path, walk, 1)) };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item, i) => ({
        stack: convertChildren(item.content ?? [], [...path, i], walk),
      }));
      const list = { margin: [8, 0, 0, 6] as [number, number, number, number] };
      return node.type === 'bulletList'
        ? { ul: items, ...list }
        : { ol: items, start: Number(node.attrs?.start ?? 1), ...list };
    }
    case 'table':
      return convertTable(node, path, walk);
    case 'blockquote':
      return {
        stack: convertChildren(node.content ?? [], path, walk),
        margin: [24, 0, 24, 6],
        italics: true,
      };
    case 'horizontalRule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 470, y2: 0, lineWidth: 0.5, lineColor: PDF_COLOURS.rule }],
        margin: [0, 6, 0, 10],
      };
    case 'pageBreak':
      return PAGE_BREAK;
    default:
      return node.content ? { stack: convertChildren(node.content, path, walk) } : { text: '' };
  }
}

/**
 * The body of a deed as pdfmake content: articles numbered exactly as the editor numbers them
 * (`numberArticles` of @deedroom/shared), lists, tables with repeated header rows, page breaks.
 */
export function convertDeedToPdfContent(doc: DeedJsonNode): Content[] {
  const numbers = new Map(numberArticles(doc).map((a) => [a.path.join('.'), a]));
  return convertChildren((doc as MarkedNode).content ?? [], [], { numbers });
}
