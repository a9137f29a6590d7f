import { parseDeedDom } from '@deedroom/shared';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { DEFINED_TERM_STYLE_NAME } from './docx-styles';
import type { WordDeedNode } from './word-deed-node';

export interface ConvertedDocx {
  content: WordDeedNode;
  /** Things of the file the deed could not keep, in French. */
  warnings: string[];
}

/** Word styles to deed HTML: Title/Subtitle are deed headings, Heading 1–3 become articles. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.deed-heading:fresh",
  "p[style-name='Subtitle'] => h2.deed-heading:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  `r[style-name='${DEFINED_TERM_STYLE_NAME}'] => dfn`,
  "br[type='page'] => hr.deed-page-break",
];

/** "Article 4 – ", "4.2 ", "1. ": numbers are the deed's to draw, so they are dropped. */
const ARTICLE_NUMBER = /^\s*(?:article\s+\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d+\.)\s*[-–—:.)]?\s*/i;

type El = ReturnType<typeof parseHTML>['document']['body'];

function stripArticleNumber(heading: El): void {
  const walker = heading.ownerDocument.createTreeWalker(heading, 4 /* NodeFilter.SHOW_TEXT */);
  const first = walker.nextNode() as { textContent: string | null } | null;
  if (first?.textContent) first.textContent = first.textContent.replace(ARTICLE_NUMBER, '');
}

/**
 * Rebuilds the flat HTML mammoth writes into the deed's structure: each Word heading opens an
 * article (section) nested by level, holding what follows until the next heading of its level
 * or above; page breaks become page-break blocks; h4–h6 stay as bold paragraphs.
 */
function nestArticles(document: ReturnType<typeof parseHTML>['document'], source: El): El {
  const body = document.createElement('div');
  const headingLevels = [...source.children]
    .filter((el) => /^H[1-6]$/.test(el.tagName) && !el.classList.contains('deed-heading'))
    .map((el) => Number(el.tagName.slice(1)));
  const topLevel = headingLevels.length > 0 ? Math.min(...headingLevels) : 1;
  const open: El[] = [];
  const append = (el: El) => (open.at(-1) ?? body).appendChild(el);
  for (const el of [...source.children] as El[]) {
    const tag = el.tagName;
    if (el.classList.contains('deed-heading')) {
      open.length = 0;
      body.appendChild(el);
      continue;
    }
    const level = /^H[1-6]$/.test(tag) ? Number(tag.slice(1)) - topLevel + 1 : 0;
    if (level >= 1 && level <= 3) {
      const section = document.createElement('section');
      section.setAttribute('data-type', 'article');
      const title = document.createElement('h3');
      title.setAttribute('class', 'deed-article-title');
      stripArticleNumber(el);
      title.innerHTML = el.innerHTML;
      section.appendChild(title);
      open.length = Math.min(open.length, level - 1);
      append(section);
      open.push(section);
      continue;
    }
    if (level > 3) {
      const p = document.createElement('p');
      p.innerHTML = `<strong>${el.innerHTML}</strong>`;
      append(p);
      continue;
    }
    // Mammoth writes a page break as <p><hr></p>, which HTML parsing splits into <p></p><hr><p></p>.
    if (tag === 'HR' && el.classList.contains('deed-page-break')) {
      const pageBreak = document.createElement('div');
      pageBreak.setAttribute('data-type', 'page-break');
      append(pageBreak);
      continue;
    }
    if (tag === 'P' && el.children.length === 0 && !el.textContent?.trim()) continue;
    append(el);
  }
  return body;
}

/**
 * A Word file as deed content: mammoth reads the DOCX (tracked insertions kept, deletions dropped:
 * the import takes the text as accepted), the HTML is nested into articles, then read with the
 * deed schema's parse rules, so anything unknown becomes paragraphs.
 */
export async function convertDocxToDeed(bytes: Buffer): Promise<ConvertedDocx> {
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => {
        images += 1;
        return { src: '' };
      }),
    },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  const content = parseDeedDom(nestArticles(document, document.body)) as WordDeedNode;
  const warnings: string[] = [];
  if (images > 0)
    warnings.push(`${images} image(s) non reprise(s) : un acte ne contient que du texte et des tableaux.`);
  const unknownStyles = new Set(
    result.messages
      .map((m) => /Unrecognised (?:paragraph|run) style: '([^']+)'/.exec(m.message)?.[1])
      .filter((s): s is string => Boolean(s)),
  );
  if (unknownStyles.size > 0) {
    warnings.push(`Styles Word lus comme du texte normal : ${[...unknownStyles].sort().join(', ')}.`);
  }
  return { content, warnings };
}
