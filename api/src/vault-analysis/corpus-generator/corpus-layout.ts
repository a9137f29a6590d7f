import path from 'node:path';

/** Where the shipped corpus lives: text/<category>/*.txt, pdf/*.pdf, scans/*.png and *-scan.pdf. */
export const CORPUS_DIR = path.join(import.meta.dirname, '..', 'corpus');
export const DOCUMENTS_PER_CATEGORY = 45;
/** Per category, from the held-out documents: how many become text PDFs, PNG scans and scanned PDFs. */
export const RENDERED_PER_CATEGORY = { textPdf: 2, pngScan: 2, scannedPdf: 1 } as const;

/**
 * `handwritten`: short documents written by hand in other words than the generator's templates
 * (corpus/handwritten/), never trained on: the check that the model learnt more than the templates.
 */
export type CorpusFormat = 'txt' | 'pdf' | 'png-scan' | 'pdf-scan' | 'handwritten';

export interface CorpusEntry {
  /** Path relative to the corpus folder. */
  file: string;
  category: string;
  split: 'train' | 'held-out';
  format: CorpusFormat;
}
