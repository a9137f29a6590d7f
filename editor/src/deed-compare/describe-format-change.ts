import type { BlockFormatChange, MarkChange } from '@deedroom/shared';

/** Narrow no-break space, before « : ; ! ? » in French. */
export const NNBSP = '\u202f';

const MARK_NAMES: Record<string, string> = {
  bold: 'gras',
  italic: 'italique',
  underline: 'soulignement',
  strike: 'texte barré',
  link: 'lien',
  definedTerm: 'terme défini',
};

const BLOCK_NAMES: Record<string, string> = {
  paragraph: 'paragraphe',
  bulletList: 'liste à puces',
  orderedList: 'liste numérotée',
  tableHeader: 'cellule d’en-tête',
  tableCell: 'cellule',
  articleTitle: 'titre d’article',
};

function nameMark(mark: string): string {
  return MARK_NAMES[mark] ?? mark;
}

/** "heading level=2" → "titre de niveau 2"; other attributes are left to the generic wording. */
function nameBlockFormat(description: string): string {
  const [type = '', ...attrs] = description.split(' ');
  if (type === 'heading') {
    const level = attrs.find((attr) => attr.startsWith('level='))?.slice('level='.length);
    return level ? `titre de niveau ${level}` : 'titre';
  }
  return BLOCK_NAMES[type] ?? type;
}

/** « Mise en forme modifiée : gras ajouté, italique retiré » (the title tooltip of a segment). */
export function describeMarkChange(change: MarkChange): string {
  const added = change.after.filter((mark) => !change.before.includes(mark));
  const removed = change.before.filter((mark) => !change.after.includes(mark));
  const details = [
    ...added.map((mark) => `${nameMark(mark)} ajouté`),
    ...removed.map((mark) => `${nameMark(mark)} retiré`),
  ];
  const isLinkRetargeted =
    change.before.includes('link') && change.after.includes('link') && change.hrefBefore !== change.hrefAfter;
  if (isLinkRetargeted) details.push('lien modifié');
  return details.length > 0
    ? `Mise en forme modifiée${NNBSP}: ${details.join(', ')}`
    : 'Mise en forme modifiée';
}

/** « Mise en forme modifiée : paragraphe → titre de niveau 2 » (the title tooltip of a block). */
export function describeBlockFormatChange(change: BlockFormatChange): string {
  const before = nameBlockFormat(change.before);
  const after = nameBlockFormat(change.after);
  return before === after ? 'Mise en forme modifiée' : `Mise en forme modifiée${NNBSP}: ${before} → ${after}`;
}
