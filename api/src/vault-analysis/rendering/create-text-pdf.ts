import { assemblePdf, pdfStream } from './assemble-pdf';
import { encodeWinAnsi } from './encode-win-ansi';

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 10;
const LEADING = 13;
const CHARS_PER_LINE = 92;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > CHARS_PER_LINE) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

function escapePdfString(bytes: Buffer): Buffer {
  const out: number[] = [];
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  return Buffer.from(out);
}

/**
 * A real A4 PDF with a text layer (Helvetica, WinAnsi) from plain text, wrapped and paginated;
 * `maxPages` keeps only the first pages. Enough for test fixtures and the shipped corpus.
 */
export function createTextPdf(text: string, maxPages = Number.POSITIVE_INFINITY): Buffer {
  const lines = wrap(text);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length && pages.length < maxPages; i += LINES_PER_PAGE) {
    pages.push(lines.slice(i, i + LINES_PER_PAGE));
  }
  if (pages.length === 0) pages.push(['']);
  // 1 catalog, 2 pages tree, 3 font, then per page: page object and content stream.
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  pages.forEach((pageLines, i) => {
    const content = Buffer.concat([
      Buffer.from(`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL ${MARGIN} ${PAGE_HEIGHT - MARGIN} Td\n`),
      ...pageLines.map((line) =>
        Buffer.concat([Buffer.from('('), escapePdfString(encodeWinAnsi(line)), Buffer.from(") '\n")]),
      ),
      Buffer.from('ET'),
    ]);
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      ),
      pdfStream('', content),
    );
  });
  return assemblePdf(objects);
}
