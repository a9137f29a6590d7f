import { DOCUMENT_CATEGORIES } from '@deedroom/shared';
import type { ClassifierModel, LabelledSample, SparseVector } from './classifier-model';
import { softmax } from './softmax';
import { extractTerms } from './tokenize-french';
import { indexVocabulary, vectorizeTfidf } from './vectorize-tfidf';

export interface TrainOptions {
  /** Keep at most this many terms (most frequent by document frequency). */
  maxFeatures?: number;
  /** A term must appear in at least this many samples. */
  minDocumentFrequency?: number;
  epochs?: number;
  learningRate?: number;
  /** L2 penalty on the weights: keeps probabilities from saturating, so confidence means something. */
  l2?: number;
  /** How many times a person's correction counts compared to a corpus sample. */
  correctionWeight?: number;
}

/**
 * Trains TF-IDF + multinomial logistic regression (full-batch gradient descent with Adam).
 * `corrections` are people's re-categorisations from the vault, weighted above corpus samples.
 */
export function trainModel(
  samples: readonly LabelledSample[],
  corrections: readonly LabelledSample[] = [],
  options: TrainOptions = {},
): ClassifierModel {
  const {
    maxFeatures = 6000,
    minDocumentFrequency = 2,
    epochs = 150,
    learningRate = 0.05,
    l2 = 1e-5,
    correctionWeight = 3,
  } = options;
  const all = [...samples, ...corrections];
  const sampleWeights = [...samples.map(() => 1), ...corrections.map(() => correctionWeight)];
  const totalWeight = sampleWeights.reduce((a, b) => a + b, 0);
  const categories = [...DOCUMENT_CATEGORIES];
  const classOf = new Map(categories.map((category, i) => [category, i]));

  // A correction counts as `correctionWeight` documents here too, so the words only it has
  // (a kind of document the corpus lacks) pass the frequency threshold and enter the vocabulary.
  const documentFrequency = new Map<string, number>();
  all.forEach((sample, n) => {
    for (const term of new Set(extractTerms(sample.text))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + (sampleWeights[n] as number));
    }
  });
  const vocabulary = [...documentFrequency]
    .filter(([, df]) => df >= minDocumentFrequency)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxFeatures)
    .map(([term]) => term)
    .sort();
  const idf = vocabulary.map(
    (term) => Math.log((1 + totalWeight) / (1 + (documentFrequency.get(term) ?? 0))) + 1,
  );
  const index = indexVocabulary(vocabulary);
  const vectors: SparseVector[] = all.map((sample) => vectorizeTfidf(sample.text, index, idf));
  const labels = all.map((sample) => classOf.get(sample.category) ?? categories.length - 1);

  const k = categories.length;
  const d = vocabulary.length;
  const weights = Array.from({ length: k }, () => new Float64Array(d));
  const bias = new Float64Array(k);
  const adam = createAdam(k * d + k, learningRate);

  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(k * d + k);
    for (let n = 0; n < vectors.length; n++) {
      const vector = vectors[n] as SparseVector;
      const probabilities = softmax(scoreClasses(vector, weights, bias));
      const w = (sampleWeights[n] as number) / totalWeight;
      for (let c = 0; c < k; c++) {
        const error = ((probabilities[c] as number) - (labels[n] === c ? 1 : 0)) * w;
        for (let i = 0; i < vector.indices.length; i++) {
          const at = c * d + (vector.indices[i] as number);
          grad[at] = (grad[at] as number) + error * (vector.values[i] as number);
        }
        grad[k * d + c] = (grad[k * d + c] as number) + error;
      }
    }
    for (let c = 0; c < k; c++) {
      const row = weights[c] as Float64Array;
      for (let j = 0; j < d; j++) grad[c * d + j] = (grad[c * d + j] as number) + l2 * (row[j] as number);
    }
    adam.step(grad, (p, delta) => {
      if (p < k * d) {
        const row = weights[Math.floor(p / d)] as Float64Array;
        row[p % d] = (row[p % d] as number) - delta;
      } else bias[p - k * d] = (bias[p - k * d] as number) - delta;
    });
  }

  return {
    version: 1,
    trainedAt: new Date().toISOString(),
    categories,
    vocabulary,
    idf: idf.map(round),
    weights: weights.map((row) => Array.from(row, round)),
    bias: Array.from(bias, round),
    trainingSummary: { samples: samples.length, corrections: corrections.length },
  };
}

/** Class scores (logits) of one vector. */
export function scoreClasses(
  vector: SparseVector,
  weights: ArrayLike<ArrayLike<number>>,
  bias: ArrayLike<number>,
): number[] {
  const scores: number[] = [];
  for (let c = 0; c < bias.length; c++) {
    const row = weights[c] as ArrayLike<number>;
    let score = bias[c] as number;
    for (let i = 0; i < vector.indices.length; i++) {
      score += (row[vector.indices[i] as number] as number) * (vector.values[i] as number);
    }
    scores.push(score);
  }
  return scores;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function createAdam(size: number, learningRate: number) {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(grad: Float64Array, apply: (param: number, delta: number) => void) {
      t++;
      const b1 = 0.9;
      const b2 = 0.999;
      const c1 = 1 - b1 ** t;
      const c2 = 1 - b2 ** t;
      for (let p = 0; p < size; p++) {
        const g = grad[p] as number;
        if (g === 0 && m[p] === 0) continue;
        m[p] = b1 * (m[p] as number) + (1 - b1) * g;
        v[p] = b2 * (v[p] as number) + (1 - b2) * g * g;
        apply(p, (learningRate * ((m[p] as number) / c1)) / (Math.sqrt((v[p] as number) / c2) + 1e-8));
      }
    },
  };
}
