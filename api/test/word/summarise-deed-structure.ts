import { type DeedJsonNode, numberArticles } from '@deedroom/shared';

function textOf(node: DeedJsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'annexReference') return `Annexe ${String(node.attrs?.label ?? '')}`;
  return (node.content ?? []).map(textOf).join('');
}

/**
 * One line per block in reading order (article numbers and titles, paragraphs, list items with
 * their depth and kind, table cells with their position, page breaks): what a round trip keeps.
 */
export function summariseDeedStructure(doc: DeedJsonNode): string[] {
  const numbers = numberArticles(doc).map((a) => `${a.label} ${a.title}`);
  const lines: string[] = [];
  let article = 0;
  const walk = (node: DeedJsonNode, listDepth: number) => {
    switch (node.type) {
      case 'article':
        lines.push(`ARTICLE ${numbers[article] ?? '?'}`);
        article += 1;
        for (const child of node.content?.slice(1) ?? []) walk(child, listDepth);
        return;
      case 'paragraph':
        lines.push(`${listDepth > 0 ? `  `.repeat(listDepth) : ''}P ${textOf(node)}`);
        return;
      case 'heading':
        lines.push(`H${String(node.attrs?.level)} ${textOf(node)}`);
        return;
      case 'bulletList':
      case 'orderedList':
        lines.push(`${'  '.repeat(listDepth)}${node.type}`);
        for (const item of node.content ?? [])
          for (const child of item.content ?? []) walk(child, listDepth + 1);
        return;
      case 'table':
        (node.content ?? []).forEach((row, r) => {
          (row.content ?? []).forEach((cell, c) => {
            lines.push(`CELL ${r},${c}${cell.type === 'tableHeader' ? ' th' : ''} ${textOf(cell)}`);
          });
        });
        return;
      case 'pageBreak':
        lines.push('PAGE BREAK');
        return;
      default:
        for (const child of node.content ?? []) walk(child, listDepth);
    }
  };
  walk(doc, 0);
  return lines;
}
