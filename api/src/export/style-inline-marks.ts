import type { Decoration, Style } from 'pdfmake/interfaces';
import { PDF_COLOURS } from './pdf-theme';

/** What a run of text looks like in the PDF, from its ProseMirror mark names. */
export interface InlineStyle extends Style {
  link?: string;
}

/**
 * The PDF look of a deed's marks. Suggestions still pending in the text are drawn as the redline
 * draws changes (insertions underlined in blue, deletions struck through in red), so a reader of
 * the PDF cannot take a proposal for agreed text.
 */
export function styleInlineMarks(marks: readonly string[], href?: string): InlineStyle {
  const style: InlineStyle = {};
  const decorations: Decoration[] = [];
  for (const mark of marks) {
    if (mark === 'bold') style.bold = true;
    else if (mark === 'italic') style.italics = true;
    else if (mark === 'underline') decorations.push('underline');
    else if (mark === 'strike') decorations.push('lineThrough');
    else if (mark === 'insertion') {
      style.color = PDF_COLOURS.inserted;
      decorations.push('underline');
    } else if (mark === 'deletion') {
      style.color = PDF_COLOURS.deleted;
      decorations.push('lineThrough');
    }
  }
  // pdfmake draws one decoration per run: a deletion's strike wins over an underline.
  if (decorations.includes('lineThrough')) style.decoration = 'lineThrough';
  else if (decorations.length > 0) style.decoration = 'underline';
  if (style.color) style.decorationColor = style.color;
  if (href && /^(https?:|mailto:)/i.test(href)) style.link = href;
  return style;
}
