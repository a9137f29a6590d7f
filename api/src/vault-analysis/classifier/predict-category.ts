import type { DocumentCategory } from '@deedroom/shared';
import type { ClassifierModel } from './classifier-model';
import { softmax } from './softmax';
import { scoreClasses } from './train-model';
import { indexVocabulary, vectorizeTfidf } from './vectorize-tfidf';

export interface CategoryPrediction {
  category: DocumentCategory;
  /** Softmax probability of the predicted category, 0..1. */
  confidence: number;
  probabilities: Record<DocumentCategory, number>;
}

/** A model ready to predict: the vocabulary lookup is built once. */
export interface Classifier {
  predict(text: string): CategoryPrediction;
}

export function createClassifier(model: ClassifierModel): Classifier {
  const index = indexVocabulary(model.vocabulary);
  return {
    predict(text) {
      const vector = vectorizeTfidf(text, index, model.idf);
      const probabilities = softmax(scoreClasses(vector, model.weights, model.bias));
      let best = 0;
      for (let c = 1; c < probabilities.length; c++) {
        if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
      }
      // No usable words (blank scan, unknown format): nothing to go on, so « autre » at zero confidence.
      if (vector.indices.length === 0) {
        return { category: 'autre', confidence: 0, probabilities: toRecord(model, probabilities) };
      }
      return {
        category: model.categories[best] as DocumentCategory,
        confidence: probabilities[best] as number,
        probabilities: toRecord(model, probabilities),
      };
    },
  };
}

function toRecord(model: ClassifierModel, probabilities: number[]): Record<DocumentCategory, number> {
  return Object.fromEntries(model.categories.map((c, i) => [c, probabilities[i] ?? 0])) as Record<
    DocumentCategory,
    number
  >;
}
