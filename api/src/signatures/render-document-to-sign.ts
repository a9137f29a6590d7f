import type { DeedJsonNode } from '@deedroom/shared';
import type { Content } from 'pdfmake/interfaces';
import type { DealRecord, DeedRecord, DeedVersionRecord } from '../store/records';
import { appendPdfPages } from './append-pdf-pages';
import { formatParisTime, renderSignaturePdf, SIGNATURE_FONTS } from './render-signature-pdf';
import type { ProviderSigner } from './signature-provider';

export type DocumentToSign =
  | { kind: 'deed_version'; deal: DealRecord; deed: DeedRecord; version: DeedVersionRecord }
  | { kind: 'vault_version'; pdf: Buffer };

/**
 * The PDF put to signature: the document itself, then a « Signatures » page naming each signer
 * in order beside their anchor text (where a provider like DocuSign places its signature tab).
 * A deed version is rendered by {@link renderDeedVersionPdf}; swap that one function for the PDF
 * export's renderer once it exists, nothing else changes.
 */
export async function renderDocumentToSign(
  source: DocumentToSign,
  signers: readonly ProviderSigner[],
  date: Date,
): Promise<Buffer> {
  const body = source.kind === 'deed_version' ? await renderDeedVersionPdf(source, date) : source.pdf;
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

function textOf(node: DeedJsonNode): string {
  if (node.type === 'hardBreak') return '\n';
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/**
 * A plain rendering of a deed version (headings, articles numbered, paragraphs, tables as rows),
 * with the version's content hash in the footer; the stand-in until the PDF export is wired.
 */
async function renderDeedVersionPdf(
  source: Extract<DocumentToSign, { kind: 'deed_version' }>,
  date: Date,
): Promise<Buffer> {
  const doc = JSON.parse(source.version.contentJson) as DeedJsonNode;
  const content: Content[] = [
    { text: source.deed.title, fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
    { text: `${source.deal.name} — ${source.version.name}`, color: '#555555', margin: [0, 0, 0, 18] },
  ];
  const walk = (node: DeedJsonNode, prefix: number[]) => {
    let counter = 0;
    for (const child of node.content ?? []) {
      if (child.type === 'article') {
        counter += 1;
        const numbers = [...prefix, counter];
        const label = numbers.length === 1 ? `Article ${numbers.join('.')}` : numbers.join('.');
        const title = child.content?.find((c) => c.type === 'articleTitle');
        content.push({
          text: `${label}${title ? ` – ${textOf(title)}` : ''}`,
          bold: true,
          margin: [0, 10, 0, 4],
        });
        walk({ type: 'article', content: (child.content ?? []).filter((c) => c !== title) }, numbers);
      } else if (child.type === 'heading') {
        content.push({ text: textOf(child), bold: true, fontSize: 13, margin: [0, 12, 0, 4] });
      } else if (child.type === 'table') {
        for (const row of child.content ?? []) {
          content.push({ text: (row.content ?? []).map(textOf).join('  |  '), margin: [0, 0, 0, 2] });
        }
      } else if (child.type === 'bulletList' || child.type === 'orderedList') {
        (child.content ?? []).forEach((item, index) => {
          const marker = child.type === 'orderedList' ? `${index + 1}.` : '•';
          content.push({ text: `${marker} ${textOf(item)}`, margin: [12, 0, 0, 2] });
        });
      } else if (child.content && child.type !== 'paragraph') {
        walk(child, prefix);
      } else {
        const text = textOf(child);
        if (text.trim()) content.push({ text, margin: [0, 0, 0, 6], alignment: 'justify' });
      }
    }
  };
  walk(doc, []);
  return renderSignaturePdf(
    {
      info: { title: source.deed.title },
      content,
      footer: (page, pages) => ({
        columns: [
          {
            text: `Empreinte du texte ${source.version.contentHash}`,
            font: SIGNATURE_FONTS.mono,
            fontSize: 6,
          },
          { text: `Page ${page} sur ${pages}`, alignment: 'right', fontSize: 8 },
        ],
        margin: [56, 20, 56, 0],
      }),
      header: {
        text: `Version verrouillée le ${formatParisTime(source.deed.lock?.lockedAt ?? source.version.createdAt)}`,
        fontSize: 7,
        color: '#777777',
        margin: [56, 24, 56, 0],
      },
    },
    date,
  );
}
