import type { Random } from './random-source';

/** Lines that scanners, printers and office software add to every kind of document. */
const NOISE = [
  'Document confidentiel',
  'Copie',
  'Paraphes :',
  'Envoyé depuis mon scanner',
  'Reçu le',
  'Dossier suivi par',
  'Tél. 02 40 00 00 00',
  'Ne pas jeter sur la voie publique',
  'Version imprimée',
  'Pièce jointe',
  '___________________________',
  'Annexe',
  'Réf. interne',
];

/**
 * Joins a document's parts, keeping some (`optional`) at random and shuffling the movable ones,
 * then sprinkles page marks and office noise so no two documents of a kind look alike.
 */
export function composeDocument(
  r: Random,
  parts: { head: string[]; body: string[]; optional?: string[]; tail?: string[]; shuffleBody?: boolean },
): string {
  const optional = r.some(parts.optional ?? [], 0, parts.optional?.length ?? 0);
  const body =
    parts.shuffleBody === false ? [...parts.body, ...optional] : r.shuffle([...parts.body, ...optional]);
  const blocks = [...parts.head, ...body, ...(parts.tail ?? [])];
  const pages = r.int(1, 4);
  const out: string[] = [];
  if (r.chance(0.3)) out.push(`${r.pick(NOISE)} ${r.chance(0.5) ? r.int(100, 9999) : ''}`.trim());
  blocks.forEach((block, i) => {
    out.push(block);
    if (r.chance(0.12)) out.push(r.pick(NOISE));
    if (r.chance(0.1))
      out.push(`Page ${Math.min(pages, 1 + Math.floor((i * pages) / blocks.length))}/${pages}`);
  });
  return `${out.join(r.chance(0.5) ? '\n\n' : '\n')}\n`;
}

/** A table as text: columns separated by spaces or semicolons, as PDF extraction gives them. */
export function formatTable(r: Random, header: string[], rows: string[][]): string {
  const separator = r.pick([' ', '  ', ' ; ', ' | ', '\t']);
  return [header, ...rows].map((row) => row.join(separator)).join('\n');
}
