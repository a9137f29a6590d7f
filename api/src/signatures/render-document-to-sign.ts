import type { Content } from 'pdfmake/interfaces';
import type { PdfRenderer } from '../export/create-pdf-renderer';
import type { RenderDeedPdfInput } from '../export/render-deed-pdf';
import { appendPdfPages } from './append-pdf-pages';
import { renderSignaturePdf } from './render-signature-pdf';
import type { ProviderSigner } from './signature-provider';

export type DocumentToSign =
  /** A locked deed version, drawn by the PDF export (cover, contents, articles, footer hash). */
  | { kind: 'deed_version'; deed: RenderDeedPdfInput }
  /** A PDF from the vault, as it is. */
  | { kind: 'vault_version'; pdf: Buffer };

/**
 * The PDF put to signature: the document itself, then a « Signatures » page naming each signer
 * in order beside their anchor text (where a provider like DocuSign places its signature tab).
 */
export async function renderDocumentToSign(
  pdf: PdfRenderer,
  source: DocumentToSign,
  signers: readonly ProviderSigner[],
  date: Date,
): Promise<Buffer> {
  const body = source.kind === 'deed_version' ? await pdf.renderDeed(source.deed) : source.pdf;
  const signaturePage = await renderSignaturePdf(
    {
      content: [
        { text: 'Signatures', fontSize: 16, bold: true, margin: [0, 0, 0, 16] },
        ...signers.map(
          (s): Content => ({
            stack: [
              { text: `${s.order}. ${s.name}`, bold: true },
              { text: s.email, color: '#555555', fontSize: 9 },
              // Nearly invisible anchor text: DocuSign finds it and places the tab there.
              { text: s.anchor, color: '#fefefe', fontSize: 8, margin: [0, 24, 0, 0] },
            ],
            margin: [0, 0, 0, 28],
          }),
        ),
      ],
    },
    date,
  );
  return appendPdfPages([body, signaturePage]);
}
