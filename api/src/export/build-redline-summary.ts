import type { ArticleChangeStatus, ComparisonSummary } from '@deedroom/shared';
import type { Content } from 'pdfmake/interfaces';
import { PDF_COLOURS } from './pdf-theme';

const STATUS_LABELS: Record<ArticleChangeStatus, string> = {
  modified: 'modifié',
  formatChanged: 'mise en forme',
  inserted: 'ajouté',
  deleted: 'supprimé',
  moved: 'déplacé',
};

function formatNumber(number: string): string {
  return number.includes('.') ? number : `Article ${number}`;
}

/**
 * The redline's summary page: how many articles were added, deleted, modified or moved, the list
 * of changed articles, and the key to the marks.
 */
export function buildRedlineSummary(summary: ComparisonSummary, isIdentical: boolean): Content {
  const { counts } = summary;
  const countRows: Array<[string, number]> = [
    ['Articles modifiés', counts.modified],
    ['Articles ajoutés', counts.inserted],
    ['Articles supprimés', counts.deleted],
    ['Articles déplacés', counts.moved],
    ['Articles à la mise en forme modifiée', counts.formatChanged],
    ['Autres passages modifiés (hors articles)', counts.otherChanges],
  ];
  const changed: Content =
    summary.changedArticles.length > 0
      ? {
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto'],
            body: [
              [
                { text: 'Article', style: 'tableHeader' },
                { text: 'Titre', style: 'tableHeader' },
                { text: 'Changement', style: 'tableHeader' },
              ],
              ...summary.changedArticles.map((a) => [
                {
                  text:
                    a.formerNumber && a.formerNumber !== a.number
                      ? `${formatNumber(a.number)} (ex-${a.formerNumber})`
                      : formatNumber(a.number),
                  style: 'tableCell',
                },
                { text: a.title, style: 'tableCell' },
                { text: STATUS_LABELS[a.status], style: 'tableCell' },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        }
      : { text: 'Aucun article n’a changé.', italics: true };
  return {
    stack: [
      { text: 'Synthèse des modifications', style: 'sectionTitle' },
      isIdentical
        ? { text: 'Les deux textes sont identiques.', bold: true, margin: [0, 0, 0, 10] }
        : { text: '', margin: [0, 0, 0, 0] },
      {
        table: {
          widths: ['*', 40],
          body: countRows.map(([label, n]) => [
            { text: label },
            { text: String(n), alignment: 'right', bold: n > 0 },
          ]),
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 16],
      },
      { text: 'Légende', bold: true, margin: [0, 0, 0, 4] },
      {
        text: [
          {
            text: 'texte ajouté',
            color: PDF_COLOURS.inserted,
            decoration: 'underline',
            decorationColor: PDF_COLOURS.inserted,
          },
          '   ',
          {
            text: 'texte supprimé',
            color: PDF_COLOURS.deleted,
            decoration: 'lineThrough',
            decorationColor: PDF_COLOURS.deleted,
          },
        ],
        margin: [0, 0, 0, 16],
      },
      { text: 'Articles changés', bold: true, margin: [0, 0, 0, 4] },
      changed,
    ],
    pageBreak: 'before',
  };
}
