import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The DejaVu fonts of the `dejavu-fonts-ttf` package: every French character, no system fonts. */
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

/** Font families of the signature pages (names of their own beside the export's). */
export const SIGNATURE_FONTS = { sans: 'SignatureSans', mono: 'SignatureMono' } as const;

let isConfigured = false;

function configurePdfmake(): void {
  if (isConfigured) return;
  const font = (file: string) => path.join(FONT_DIR, file);
  pdfmake.addFonts({
    [SIGNATURE_FONTS.sans]: {
      normal: font('DejaVuSans.ttf'),
      bold: font('DejaVuSans-Bold.ttf'),
      italics: font('DejaVuSans-Oblique.ttf'),
      bolditalics: font('DejaVuSans-BoldOblique.ttf'),
    },
    [SIGNATURE_FONTS.mono]: {
      normal: font('DejaVuSansMono.ttf'),
      bold: font('DejaVuSansMono-Bold.ttf'),
      italics: font('DejaVuSansMono-Oblique.ttf'),
      bolditalics: font('DejaVuSansMono-BoldOblique.ttf'),
    },
  });
  // pdfmake's policies are module-wide: only the font files may be read, nothing fetched.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(`${FONT_DIR}${path.sep}`));
  isConfigured = true;
}

/** Lays out a pdfmake document in the signature pages' fonts; `date` fixes its metadata dates. */
export async function renderSignaturePdf(definition: TDocumentDefinitions, date: Date): Promise<Buffer> {
  configurePdfmake();
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 56],
      ...definition,
      defaultStyle: { font: SIGNATURE_FONTS.sans, fontSize: 10, ...definition.defaultStyle },
      info: {
        ...definition.info,
        creationDate: date,
        modDate: date,
        creator: 'Deedroom',
        producer: 'Deedroom',
      },
    })
    .getBuffer();
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
