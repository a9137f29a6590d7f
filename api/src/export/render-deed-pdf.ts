import type { DeedJsonNode } from '@deedroom/shared';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildAnnexList } from './build-annex-list';
import { buildCoverPage } from './build-cover-page';
import { buildPageFooter, buildPageHeader } from './build-page-frame';
import { convertDeedToPdfContent } from './convert-deed-to-pdf-content';
import type { DeedPdfFrame, PdfAnnex } from './deed-pdf-input';
import { PDF_DEFAULT_STYLE, PDF_PAGE_MARGINS, PDF_STYLES } from './pdf-theme';
import { renderPdfDocument } from './render-pdf-document';

export interface RenderDeedPdfInput extends DeedPdfFrame {
  /** The deed's ProseMirror JSON (a version's `contentJson`, parsed, or the live text). */
  content: DeedJsonNode;
  annexes: readonly PdfAnnex[];
}

/** The table of contents page, filled by pdfmake from the article headings (`tocItem`). */
export function buildTableOfContents(): Content {
  return {
    toc: {
      title: { text: 'Sommaire', style: 'sectionTitle' },
      textStyle: 'tocEntry',
      numberStyle: 'tocEntry',
    },
    pageBreak: 'before',
  };
}

/**
 * The PDF of a deed's text: cover page, table of contents, the numbered body, the list of annexes,
 * a running header (deal · deed) and footer (version, short hash, « Page 3 sur 42 »), DejaVu
 * fonts embedded. The same input gives the same bytes.
 */
export async function renderDeedPdf(input: RenderDeedPdfInput): Promise<Buffer> {
  const body = convertDeedToPdfContent(input.content);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: PDF_PAGE_MARGINS,
    info: { title: `${input.deedTitle} – ${input.versionLabel}`, subject: input.dealName },
    language: 'fr-FR',
    header: buildPageHeader(input),
    footer: buildPageFooter(input),
    defaultStyle: PDF_DEFAULT_STYLE,
    styles: PDF_STYLES,
    content: [
      buildCoverPage(input, 'Acte'),
      buildTableOfContents(),
      { stack: body, pageBreak: 'before' },
      buildAnnexList(input.annexes),
    ],
  };
  return renderPdfDocument(definition, input.generatedAt);
}
