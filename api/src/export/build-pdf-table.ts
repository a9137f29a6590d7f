import type { Content, TableCell } from 'pdfmake/interfaces';
import { PDF_COLOURS } from './pdf-theme';

export interface PdfTableCell {
  stack: Content[];
  colspan: number;
  rowspan: number;
}

export interface PdfTableRow {
  /** Every cell is a header cell (`tableHeader`). */
  isHeader: boolean;
  cells: PdfTableCell[];
}

/**
 * A deed table as pdfmake draws it: leading header rows repeat at the top of every page the table
 * spans (`headerRows`), a row never splits, and merged cells get the placeholders pdfmake expects.
 */
export function buildPdfTable(rows: readonly PdfTableRow[]): Content {
  const body: TableCell[][] = [];
  // Columns still covered by a rowspan from a row above: column → rows left.
  const covered = new Map<number, number>();
  for (const row of rows) {
    const line: TableCell[] = [];
    let column = 0;
    const takeCovered = () => {
      while ((covered.get(column) ?? 0) > 0) {
        covered.set(column, (covered.get(column) ?? 1) - 1);
        line.push({});
        column += 1;
      }
    };
    for (const cell of row.cells) {
      takeCovered();
      const colSpan = Math.max(1, cell.colspan);
      const rowSpan = Math.max(1, cell.rowspan);
      const drawn: TableCell = {
        // Justified text in a narrow cell stretches into gaps: cells are set ragged-right.
        stack: cell.stack.map((c) =>
          typeof c === 'object' && !Array.isArray(c)
            ? { ...c, alignment: 'left' as const, margin: [0, 0, 0, 1] as [number, number, number, number] }
            : c,
        ),
        style: row.isHeader ? 'tableHeader' : 'tableCell',
        ...(row.isHeader ? { fillColor: PDF_COLOURS.headerFill } : {}),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      };
      line.push(drawn);
      for (let i = 0; i < colSpan; i += 1) {
        if (i > 0) line.push({});
        if (rowSpan > 1) covered.set(column + i, rowSpan - 1);
      }
      column += colSpan;
    }
    takeCovered();
    body.push(line);
  }
  const width = Math.max(1, ...body.map((line) => line.length));
  for (const line of body) while (line.length < width) line.push({});
  let headerRows = 0;
  while (headerRows < rows.length - 1 && rows[headerRows]?.isHeader) headerRows += 1;
  return {
    table: {
      headerRows,
      dontBreakRows: true,
      widths: Array.from({ length: width }, () => '*'),
      body,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => PDF_COLOURS.rule,
      vLineColor: () => PDF_COLOURS.rule,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 10],
  };
}
