import type { DocumentCategory } from '@deedroom/shared';

/** The trained classifier as stored in model/classifier-model.json. */
export interface ClassifierModel {
  version: 1;
  trainedAt: string;
  /** Output classes, in the order of `weights` rows and `bias`. */
  categories: DocumentCategory[];
  /** Terms (unigrams and bigrams), in the order of `idf` and of each weight row's columns. */
  vocabulary: string[];
  idf: number[];
  weights: number[][];
  bias: number[];
  trainingSummary: { samples: number; corrections: number };
}

/** A labelled text: a corpus document or a person's correction. */
export interface LabelledSample {
  text: string;
  category: DocumentCategory;
}

/** Sparse TF-IDF vector: parallel arrays of feature indices and values (L2-normalised). */
export interface SparseVector {
  indices: number[];
  values: number[];
}
