import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The DejaVu TrueType fonts shipped in the `dejavu-fonts-ttf` package: a fresh machine needs no
 * system fonts, and they cover every character a French deed uses (U+202F in amounts, « »).
 */
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

/** Font families known to the export documents (`font:` in a definition). */
export const PDF_FONTS = { serif: 'DeedSerif', sans: 'DeedSans', mono: 'DeedMono' } as const;

let isConfigured = false;

/**
 * pdfmake keeps its fonts and access policies on a module-wide instance: the export's families
 * are added under their own names, and the policies only let it read the font files.
 */
function configurePdfmake(): void {
  if (isConfigured) return;
  const font = (file: string) => path.join(FONT_DIR, file);
  pdfmake.addFonts({
    [PDF_FONTS.serif]: {
      normal: font('DejaVuSerif.ttf'),
      bold: font('DejaVuSerif-Bold.ttf'),
      italics: font('DejaVuSerif-Italic.ttf'),
      bolditalics: font('DejaVuSerif-BoldItalic.ttf'),
    },
    [PDF_FONTS.sans]: {
      normal: font('DejaVuSans.ttf'),
      bold: font('DejaVuSans-Bold.ttf'),
      italics: font('DejaVuSans-Oblique.ttf'),
      bolditalics: font('DejaVuSans-BoldOblique.ttf'),
    },
    [PDF_FONTS.mono]: {
      normal: font('DejaVuSansMono.ttf'),
      bold: font('DejaVuSansMono-Bold.ttf'),
      italics: font('DejaVuSansMono-Oblique.ttf'),
      bolditalics: font('DejaVuSansMono-BoldOblique.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(`${FONT_DIR}${path.sep}`));
  isConfigured = true;
}

/**
 * Lays out and writes a pdfmake document. `date` becomes the PDF's creation and modification
 * dates, and PDFKit derives the file identifier from them: with nothing else random in PDFKit,
 * the same definition and date give the same bytes.
 */
export async function renderPdfDocument(definition: TDocumentDefinitions, date: Date): Promise<Buffer> {
  configurePdfmake();
  const info = {
    ...definition.info,
    creationDate: date,
    modDate: date,
    creator: 'Deedroom',
    producer: 'Deedroom',
  };
  return pdfmake.createPdf({ ...definition, info }).getBuffer();
}
