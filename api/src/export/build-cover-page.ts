import type { Content } from 'pdfmake/interfaces';
import type { DeedPdfFrame } from './deed-pdf-input';
import { formatFrenchDateTime } from './format-french-date';

function field(label: string, value: Content): Content[] {
  return [{ text: label.toUpperCase(), style: 'coverLabel' }, value];
}

/**
 * The first page: the deal, the deed, its parties, which text this is and when, and the full
 * SHA-256 of that text, so a reader can check the PDF against the version in Deedroom.
 * `extra` adds fields (the redline's two sides).
 */
export function buildCoverPage(frame: DeedPdfFrame, kind: string, extra: Content[] = []): Content {
  const parties: Content =
    frame.parties.length > 0
      ? {
          ul: frame.parties.map((p) => ({ text: [{ text: p.name, bold: true }, ` – ${p.role}`] })),
          style: 'coverValue',
        }
      : { text: '—', style: 'coverValue' };
  return {
    stack: [
      { text: frame.dealName, style: 'coverDeal', margin: [0, 120, 0, 8] },
      { text: frame.deedTitle, style: 'coverTitle' },
      { text: kind, style: 'coverDeal', margin: [0, 0, 0, 20] },
      ...field('Parties', parties),
      ...field('Texte', { text: frame.versionLabel, style: 'coverValue' }),
      ...field('Date', { text: formatFrenchDateTime(frame.generatedAt), style: 'coverValue' }),
      ...extra,
      ...field('Empreinte SHA-256 du texte', { text: frame.contentHash, style: 'hash' }),
    ],
  };
}
