/**
 * The Word side of `pnpm bench:export`: the same 100-page deed as the PDF measurement, written as
 * DOCX by the exporter the route uses (styles, numbering, tables), with one suggestion per
 * article as a tracked change and ten comment threads, so revisions and comments are timed too.
 */
import { buildDeedDocx } from '@deedroom/api';
import type { DeedJsonNode } from '@deedroom/shared';
import type { ExportRenderer } from './export-pdf';

type Node = DeedJsonNode & { marks?: Array<{ type: string; attrs?: Record<string, unknown> }> };

/** One insertion at the end of each article's first paragraph, as a reviewer would leave them. */
function withSuggestions(content: DeedJsonNode): DeedJsonNode {
  const copy = structuredClone(content) as Node;
  let n = 0;
  for (const article of copy.content ?? []) {
    if (article.type !== 'article') continue;
    const paragraph = (article.content as Node[] | undefined)?.find((b) => b.type === 'paragraph');
    if (!paragraph) continue;
    n += 1;
    paragraph.content = [
      ...(paragraph.content ?? []),
      {
        type: 'text',
        text: ' (précision ajoutée)',
        marks: [{ type: 'insertion', attrs: { id: `u1~${n.toString(36)}~r` } }],
      } as Node,
    ];
  }
  return copy;
}

export const renderDocx: ExportRenderer = async (content) =>
  buildDeedDocx({
    deedTitle: 'Convention de crédit promoteur',
    dealName: 'Résidence Les Tilleuls',
    versionLabel: 'Version 12 – Envoyée à la banque',
    content: withSuggestions(content),
    describeSuggestion: () => ({ author: 'Paul Girard (Banque Horizon)', date: '2026-03-12T13:05:00Z' }),
    threads: Array.from({ length: 10 }, (_, i) => ({
      quote: 'Prêteur',
      isResolved: false,
      comments: [
        {
          author: 'Julie Morel (Promoteur Rhône SA)',
          initials: 'JM',
          date: new Date(Date.UTC(2026, 2, 1, 9, i)),
          text: `Question ${i + 1}`,
        },
        {
          author: 'Paul Girard (Banque Horizon)',
          initials: 'PG',
          date: new Date(Date.UTC(2026, 2, 1, 10, i)),
          text: 'Réponse.',
        },
      ],
    })),
  });
