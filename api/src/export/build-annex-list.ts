import type { Content } from 'pdfmake/interfaces';
import type { PdfAnnex } from './deed-pdf-input';

/**
 * « Liste des annexes »: each annex the deed refers to, with the vault document it is drawn from
 * (title, file name, SHA-256) or a note that none is linked yet.
 */
export function buildAnnexList(annexes: readonly PdfAnnex[]): Content {
  const rows = annexes.map((annex): Content => {
    const doc = annex.document;
    const details: Content[] = doc
      ? [
          { text: `Document du coffre-fort : ${doc.title}`, fontSize: 9 },
          { text: `Fichier : ${doc.fileName}`, fontSize: 9 },
          ...(doc.sha256 ? [{ text: `SHA-256 : ${doc.sha256}`, style: 'hash' }] : []),
        ]
      : [
          {
            text: 'Aucun document du coffre-fort n’est rattaché à cette annexe.',
            fontSize: 9,
            italics: true,
          },
        ];
    return {
      stack: [{ text: `Annexe ${annex.label}`, bold: true }, ...details],
      margin: [0, 0, 0, 8],
      unbreakable: true,
    };
  });
  return {
    stack: [
      {
        text: 'Liste des annexes',
        style: 'sectionTitle',
        tocItem: true,
        tocStyle: { bold: true },
        tocMargin: [0, 10, 0, 0],
      },
      ...(rows.length > 0 ? rows : [{ text: 'Cet acte ne renvoie à aucune annexe.', italics: true }]),
    ],
    pageBreak: 'before',
  };
}
