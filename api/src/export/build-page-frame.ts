import type { Content, DynamicContent } from 'pdfmake/interfaces';
import type { DeedPdfFrame } from './deed-pdf-input';
import { PDF_COLOURS } from './pdf-theme';

/** The first 12 hex digits of a content hash: enough to tell versions apart at a glance. */
export function shortenHash(hash: string): string {
  return hash.slice(0, 12);
}

/** « Opération · Acte » at the top of every page but the cover. */
export function buildPageHeader(frame: DeedPdfFrame): DynamicContent {
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          columns: [
            { text: frame.dealName, style: 'frame', alignment: 'left' },
            { text: frame.deedTitle, style: 'frame', alignment: 'right' },
          ],
          margin: [62, 28, 62, 0],
        };
}

/** Version name, short content hash and « Page 3 sur 42 » at the foot of every page. */
export function buildPageFooter(frame: DeedPdfFrame): DynamicContent {
  return (currentPage, pageCount): Content => ({
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 471, y2: 0, lineWidth: 0.4, lineColor: PDF_COLOURS.rule }],
        margin: [0, 0, 0, 4],
      },
      {
        columns: [
          {
            text: `${frame.versionLabel} · empreinte ${shortenHash(frame.contentHash)}`,
            style: 'frame',
            width: '*',
          },
          { text: `Page ${currentPage} sur ${pageCount}`, style: 'frame', alignment: 'right', width: 'auto' },
        ],
      },
    ],
    margin: [62, 18, 62, 0],
  });
}
