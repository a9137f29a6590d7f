import { z } from 'zod';

/**
 * The redline of two versions of a deed, as `compareDeeds` builds it. Self-contained: the web
 * app and the PDF export draw it without the two documents it came from.
 */

export const SEGMENT_OPS = ['equal', 'insert', 'delete'] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

/** What happened to a block, judged on its own content (a move is reported apart, by `isMoved`). */
export const BLOCK_STATUSES = ['unchanged', 'modified', 'formatChanged', 'inserted', 'deleted'] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];

/** How a changed article is listed in the summary; a move wins over a change of its text. */
export const ARTICLE_CHANGE_STATUSES = ['modified', 'formatChanged', 'inserted', 'deleted', 'moved'] as const;
export type ArticleChangeStatus = (typeof ARTICLE_CHANGE_STATUSES)[number];

/** Same words, other formatting: the mark names on each side ("bold", "link", "definedTerm"...). */
export const MarkChangeSchema = z.object({
  before: z.array(z.string()),
  after: z.array(z.string()),
  /** Only when a link is involved on that side. */
  hrefBefore: z.string().optional(),
  hrefAfter: z.string().optional(),
});
export type MarkChange = z.infer<typeof MarkChangeSchema>;

/** A run of text of one kind: kept, inserted or deleted, with the formatting it has on its side. */
export const RedlineSegmentSchema = z.object({
  op: z.enum(SEGMENT_OPS),
  text: z.string(),
  /** Formatting marks of the side shown (after for equal/insert, before for delete), sorted. */
  marks: z.array(z.string()).optional(),
  href: z.string().optional(),
  /** An inline node drawn as one token: "annexReference", "hardBreak", "definedTerm"... */
  atom: z.string().optional(),
  /** On an equal segment whose formatting differs between the versions. */
  markChange: MarkChangeSchema.optional(),
});
export type RedlineSegment = z.infer<typeof RedlineSegmentSchema>;

/** A node type or attribute change of a block ("heading level=1" → "heading level=2"). */
export const BlockFormatChangeSchema = z.object({ before: z.string(), after: z.string() });
export type BlockFormatChange = z.infer<typeof BlockFormatChangeSchema>;

export const ComparedArticleSchema = z.object({
  /** Number in the version shown: after, or before for a deleted article. "4", "4.2". */
  number: z.string(),
  /** Number in the before version, when the article exists in both and its number changed. */
  formerNumber: z.string().optional(),
  depth: z.number().int().positive(),
  title: z.string(),
  /** Unique within the comparison: the id that the summary links to. */
  anchor: z.string(),
});
export type ComparedArticle = z.infer<typeof ComparedArticleSchema>;

/** Attributes kept for drawing (heading level, list start, cell spans), from the side shown. */
export const BlockAttrsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export interface ComparedBlock {
  /** The ProseMirror node type of the side shown: "article", "paragraph", "table", "tableCell"... */
  type: string;
  attrs?: Record<string, string | number | boolean>;
  status: BlockStatus;
  /** Matched with a block that sat elsewhere among its siblings. */
  isMoved?: boolean;
  formatChange?: BlockFormatChange;
  article?: ComparedArticle;
  /** Text blocks (paragraph, heading, articleTitle). */
  segments?: RedlineSegment[];
  /** Containers (article, list, table, row, cell...), deleted children at their former place. */
  children?: ComparedBlock[];
}

export const ComparedBlockSchema: z.ZodType<ComparedBlock> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: BlockAttrsSchema.optional(),
    status: z.enum(BLOCK_STATUSES),
    isMoved: z.boolean().optional(),
    formatChange: BlockFormatChangeSchema.optional(),
    article: ComparedArticleSchema.optional(),
    segments: z.array(RedlineSegmentSchema).optional(),
    children: z.array(ComparedBlockSchema).optional(),
  }),
);

export const ArticleChangeSchema = z.object({
  /** Number in the version where the article exists (after, or before when deleted). */
  number: z.string(),
  /** Before number of a moved or renumbered article. */
  formerNumber: z.string().optional(),
  title: z.string(),
  status: z.enum(ARTICLE_CHANGE_STATUSES),
  anchor: z.string(),
});
export type ArticleChange = z.infer<typeof ArticleChangeSchema>;

export const ComparisonCountsSchema = z.object({
  inserted: z.number().int().nonnegative(),
  deleted: z.number().int().nonnegative(),
  modified: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  /** Articles whose words are the same but whose formatting changed. */
  formatChanged: z.number().int().nonnegative(),
  /** Changed blocks outside any article (front matter, signatures). */
  otherChanges: z.number().int().nonnegative(),
});
export type ComparisonCounts = z.infer<typeof ComparisonCountsSchema>;

export const ComparisonSummarySchema = z.object({
  counts: ComparisonCountsSchema,
  /** In document order; an article is listed when its own title or text changed, not for a sub-article. */
  changedArticles: z.array(ArticleChangeSchema),
});
export type ComparisonSummary = z.infer<typeof ComparisonSummarySchema>;

export const DeedComparisonSchema = z.object({
  identical: z.boolean(),
  blocks: z.array(ComparedBlockSchema),
  summary: ComparisonSummarySchema,
});
export type DeedComparison = z.infer<typeof DeedComparisonSchema>;
