import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_FONTS, renderPdfDocument } from '../export/render-pdf-document';

/** Font families of the signature pages: the export's own. */
export const SIGNATURE_FONTS = { sans: PDF_FONTS.sans, mono: PDF_FONTS.mono } as const;

/** Lays out a signature page (A4, sans-serif 10 pt unless told); `date` fixes its metadata dates. */
export function renderSignaturePdf(definition: TDocumentDefinitions, date: Date): Promise<Buffer> {
  return renderPdfDocument(
    {
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 56],
      ...definition,
      defaultStyle: { font: SIGNATURE_FONTS.sans, fontSize: 10, ...definition.defaultStyle },
    },
    date,
  );
}

/** « 27 novembre 2026 à 10:15:02 (heure de Paris) ». */
export function formatParisTime(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'medium' }).format(
    date,
  );
  return `${day} à ${time} (heure de Paris)`;
}
