import type { Content } from 'pdfmake/interfaces';
import { formatParisTime, renderSignaturePdf, SIGNATURE_FONTS } from '../render-signature-pdf';

export interface CertificateSigner {
  order: number;
  name: string;
  email: string;
  signedAt: string;
  ip: string | null;
}

export interface CertificateFacts {
  requestId: string;
  envelopeId: string;
  title: string;
  documentName: string;
  /** SHA-256 of the PDF the signers were shown and signed. */
  documentSha256: string;
  signers: readonly CertificateSigner[];
  completedAt: string;
  /** Who seals: the installation certificate's subject. */
  sealedBy: string;
}

/**
 * « Certificat de signature »: the page appended to the signed document before the seal, so the
 * evidence (who, when, from where, which bytes) travels inside the file the seal protects.
 */
export function renderCertificatePage(facts: CertificateFacts, date: Date): Promise<Buffer> {
  const mono = { font: SIGNATURE_FONTS.mono, fontSize: 8 };
  const row = (label: string, value: Content): Content[] => [{ text: label, bold: true, fontSize: 9 }, value];
  return renderSignaturePdf(
    {
      info: { title: `Certificat de signature — ${facts.title}` },
      content: [
        { text: 'Certificat de signature électronique', fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
        {
          text: 'Établi par Deedroom (prestataire de signature intégré) — Code civil, art. 1366 et 1367',
          color: '#555555',
          fontSize: 9,
          margin: [0, 0, 0, 16],
        },
        {
          table: {
            widths: [150, '*'],
            body: [
              row('Demande', facts.title),
              row('Document', facts.documentName),
              row('Identifiant de la demande', { text: facts.requestId, ...mono }),
              row('Enveloppe', { text: facts.envelopeId, ...mono }),
              row('Empreinte SHA-256 du document soumis à signature', {
                text: facts.documentSha256,
                ...mono,
              }),
              row('Signature terminée le', formatParisTime(facts.completedAt)),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 18],
        },
        { text: 'Signataires', fontSize: 12, bold: true, margin: [0, 0, 0, 6] },
        {
          table: {
            headerRows: 1,
            widths: [18, '*', '*', 90],
            body: [
              ['N°', 'Signataire', 'Signé le', 'Adresse IP'].map((h) => ({
                text: h,
                bold: true,
                fontSize: 9,
              })),
              ...facts.signers.map((s) => [
                String(s.order),
                { stack: [s.name, { text: s.email, fontSize: 8, color: '#555555' }] },
                { text: formatParisTime(s.signedAt), fontSize: 9 },
                { text: s.ip ?? 'inconnue', ...mono },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 18],
        },
        {
          text: [
            'Chaque signataire s’est identifié par son compte Deedroom et a confirmé sa signature en saisissant à nouveau son mot de passe. ',
            `Le document et ce certificat sont scellés par une signature électronique PAdES (${facts.sealedBy}) : toute modification ultérieure du fichier la rend invalide. `,
            'Les événements de la demande sont conservés dans le journal d’audit chaîné de Deedroom.',
          ],
          fontSize: 9,
          color: '#333333',
        },
      ],
    },
    date,
  );
}
