import type { Margins, StyleDictionary } from 'pdfmake/interfaces';
import { PDF_FONTS } from './render-pdf-document';

/** Colours of the exported documents: ink, the grey of the page frame, and the redline's marks. */
export const PDF_COLOURS = {
  ink: '#1a1a1a',
  muted: '#6b6b6b',
  rule: '#b8b8b8',
  headerFill: '#eef1f5',
  /** Inserted text: underlined in this blue. */
  inserted: '#1f5fbf',
  /** Deleted text: struck through in this red. */
  deleted: '#c62828',
} as const;

/** A4 with room for the running header and footer. */
export const PDF_PAGE_MARGINS: Margins = [62, 64, 62, 60];

export const PDF_DEFAULT_STYLE = {
  font: PDF_FONTS.serif,
  fontSize: 10.5,
  lineHeight: 1.25,
  color: PDF_COLOURS.ink,
} as const;

/** Named styles shared by the deed PDF and the redline PDF. */
export const PDF_STYLES: StyleDictionary = {
  body: { alignment: 'justify', margin: [0, 0, 0, 6] },
  heading1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 12, 0, 8] },
  heading2: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
  article1: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
  article2: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  article3: { fontSize: 10.5, bold: true, italics: true, margin: [0, 6, 0, 3] },
  tableCell: { fontSize: 9, lineHeight: 1.15 },
  tableHeader: { fontSize: 9, bold: true, lineHeight: 1.15 },
  frame: { font: PDF_FONTS.sans, fontSize: 7.5, color: PDF_COLOURS.muted },
  sectionTitle: { font: PDF_FONTS.sans, fontSize: 15, bold: true, margin: [0, 0, 0, 14] },
  coverDeal: { font: PDF_FONTS.sans, fontSize: 12, color: PDF_COLOURS.muted, margin: [0, 0, 0, 8] },
  coverTitle: { fontSize: 24, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 28] },
  coverLabel: {
    font: PDF_FONTS.sans,
    fontSize: 8,
    bold: true,
    color: PDF_COLOURS.muted,
    margin: [0, 10, 0, 2],
  },
  coverValue: { fontSize: 11 },
  hash: { font: PDF_FONTS.sans, fontSize: 8.5 },
  tocEntry: { fontSize: 9.5, lineHeight: 1.1 },
};
