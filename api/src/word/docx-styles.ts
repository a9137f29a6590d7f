import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, UnderlineType } from 'docx';

/** Body font: Word has it everywhere; LibreOffice substitutes the metric-compatible Liberation Serif. */
export const BODY_FONT = 'Times New Roman';
/** Half-points. */
const BODY_SIZE = 22;

export const BULLET_REFERENCE = 'deed-bullets';
export const ORDERED_REFERENCE = 'deed-ordered';
/** The character style of a defined term (« Prêteur »): the import maps it back to the mark. */
export const DEFINED_TERM_STYLE = 'DeedDefinedTerm';
export const DEFINED_TERM_STYLE_NAME = 'Terme défini';
/** The paragraph style of a deed heading of level 2 (level 1 is Word's « Title »). */
export const SUBTITLE_STYLE = 'Subtitle';

/**
 * Named styles: articles are Word's Heading 1–3 (the navigation pane lists them), deed headings
 * Title and Subtitle, the body a justified serif.
 */
export const DEED_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: BODY_SIZE },
      paragraph: { spacing: { after: 120, line: 276 }, alignment: AlignmentType.JUSTIFIED },
    },
    title: {
      run: { font: BODY_FONT, size: 32, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
    },
    heading1: {
      run: { font: BODY_FONT, size: 26, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: BODY_FONT, size: 23, bold: true, color: '000000' },
      paragraph: {
        spacing: { before: 240, after: 100 },
        keepNext: true,
        keepLines: true,
        indent: { left: 284 },
        outlineLevel: 1,
      },
    },
    heading3: {
      run: { font: BODY_FONT, size: BODY_SIZE, bold: true, italics: true, color: '000000' },
      paragraph: {
        spacing: { before: 200, after: 80 },
        keepNext: true,
        keepLines: true,
        indent: { left: 567 },
        outlineLevel: 2,
      },
    },
  },
  paragraphStyles: [
    {
      id: SUBTITLE_STYLE,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: BODY_FONT, size: 26, bold: true, allCaps: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true },
      paragraph: { indent: { left: 567, right: 567 } },
    },
  ],
  characterStyles: [
    {
      id: DEFINED_TERM_STYLE,
      name: DEFINED_TERM_STYLE_NAME,
      basedOn: 'DefaultParagraphFont',
      run: { bold: true },
    },
    {
      id: 'Hyperlink',
      name: 'Hyperlink',
      basedOn: 'DefaultParagraphFont',
      run: { color: '1F4E79', underline: { type: UnderlineType.SINGLE } },
    },
  ],
};

const indentOf = (level: number) => ({ left: 567 * (level + 1), hanging: 283 });

/** Bullet and numbered lists; every numbered list restarts at 1 (an instance of its own). */
export const DEED_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_REFERENCE,
      levels: ['•', '–', '▪', '•'].map((text, level) => ({
        level,
        format: LevelFormat.BULLET,
        text,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indentOf(level) } },
      })),
    },
    {
      reference: ORDERED_REFERENCE,
      levels: [
        { format: LevelFormat.DECIMAL, text: '%1.' },
        { format: LevelFormat.LOWER_LETTER, text: '%2)' },
        { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
        { format: LevelFormat.DECIMAL, text: '%4.' },
      ].map((spec, level) => ({
        level,
        ...spec,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indentOf(level) } },
      })),
    },
  ],
};
