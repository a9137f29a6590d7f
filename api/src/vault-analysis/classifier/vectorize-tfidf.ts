import type { SparseVector } from './classifier-model';
import { extractTerms } from './tokenize-french';

/** Sublinear TF (1 + log count) times IDF, L2-normalised; terms outside the vocabulary are ignored. */
export function vectorizeTfidf(
  text: string,
  index: ReadonlyMap<string, number>,
  idf: readonly number[],
): SparseVector {
  const counts = new Map<number, number>();
  for (const term of extractTerms(text)) {
    const feature = index.get(term);
    if (feature !== undefined) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const value = (1 + Math.log(count)) * (idf[feature] ?? 0);
    indices.push(feature);
    values.push(value);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / norm;
  return { indices, values };
}

/** Term → column lookup for a model's vocabulary. */
export function indexVocabulary(vocabulary: readonly string[]): Map<string, number> {
  return new Map(vocabulary.map((term, i) => [term, i]));
}
