import type { DeedComparison } from '@deedroom/shared';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildCoverPage } from './build-cover-page';
import { buildPageFooter, buildPageHeader } from './build-page-frame';
import { buildRedlineSummary } from './build-redline-summary';
import { convertRedlineToPdfContent } from './convert-redline-to-pdf-content';
import type { DeedPdfFrame } from './deed-pdf-input';
import { PDF_DEFAULT_STYLE, PDF_PAGE_MARGINS, PDF_STYLES } from './pdf-theme';
import { renderPdfDocument } from './render-pdf-document';

/** One side of a comparison, as the cover names it. */
export interface RedlineSide {
  /** « Version 2 – Relecture du promoteur » or « Texte en cours ». */
  label: string;
  contentHash: string;
}

/**
 * The frame's `versionLabel` and `contentHash` describe the newer side (`to`); the cover names
 * both sides with their hashes.
 */
export interface RenderRedlinePdfInput extends DeedPdfFrame {
  from: RedlineSide;
  to: RedlineSide;
  comparison: DeedComparison;
}

function describeSide(label: string, side: RedlineSide): Content[] {
  return [
    { text: label.toUpperCase(), style: 'coverLabel' },
    { text: side.label, style: 'coverValue' },
    { text: side.contentHash, style: 'hash' },
  ];
}

/**
 * The redline PDF of two texts of a deed: cover, summary page (counts of changed articles), then
 * the compared text with insertions underlined in blue and deletions struck through in red, in
 * the same fonts, header and footer as the deed PDF.
 */
export async function renderRedlinePdf(input: RenderRedlinePdfInput): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: PDF_PAGE_MARGINS,
    info: { title: `${input.deedTitle} – comparaison`, subject: input.dealName },
    language: 'fr-FR',
    header: buildPageHeader(input),
    footer: buildPageFooter(input),
    defaultStyle: PDF_DEFAULT_STYLE,
    styles: PDF_STYLES,
    content: [
      buildCoverPage(input, 'Comparaison de deux textes (redline)', [
        ...describeSide('Texte de référence', input.from),
        ...describeSide('Texte comparé', input.to),
      ]),
      buildRedlineSummary(input.comparison.summary, input.comparison.identical),
      { stack: convertRedlineToPdfContent(input.comparison.blocks), pageBreak: 'before' },
    ],
  };
  return renderPdfDocument(definition, input.generatedAt);
}
