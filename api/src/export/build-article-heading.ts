import type { Content, ContentText, ContentTocItem } from 'pdfmake/interfaces';

/**
 * An article's heading line, numbered the way the editor's CSS counters draw it: « Article 4 – »
 * at the top level, « 4.2 » (and an en space) below. Articles down to 4.2 are listed in the
 * table of contents; `headlineLevel` lets the page-break rule keep a heading with its text.
 */
export function buildArticleHeading(
  number: string,
  depth: number,
  title: Content[],
): ContentText | ContentTocItem {
  const label = depth === 1 ? `Article ${number} – ` : `${number}\u2002`;
  const heading: ContentText = {
    text: [label, ...(title as ContentText[])],
    style: `article${Math.min(depth, 3)}`,
    headlineLevel: 1,
  };
  if (depth > 2) return heading;
  const listed: ContentTocItem = {
    ...(heading as ContentTocItem),
    tocItem: true,
    tocStyle: depth === 1 ? { bold: true } : {},
    tocMargin: [depth === 1 ? 0 : 18, depth === 1 ? 3 : 0, 0, 0],
  };
  return listed;
}
