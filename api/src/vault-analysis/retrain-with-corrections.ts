import { reloadDocumentClassifier } from './analyze-document';
import { buildTrainingSet } from './classifier/build-training-set';
import type { ClassifierModel, LabelledSample } from './classifier/classifier-model';
import { MODEL_PATH, saveModel } from './classifier/load-model';
import { trainModel } from './classifier/train-model';
import { loadCorpusTexts } from './corpus-generator/load-corpus';

/**
 * Retrains the classifier on the shipped corpus's training split plus people's corrections
 * (the extracted text of a document and the category a person chose), writes the model where
 * `analyzeDocument` reads it and makes the next analyses use it. Each correction weighs three corpus
 * documents. Takes a few seconds of CPU: run it from a background job, not a request.
 *
 * @example
 *   await retrainWithCorrections([{ text: analysis.text, category: 'garanties' }]);
 */
export async function retrainWithCorrections(
  corrections: readonly LabelledSample[],
  modelPath: string = MODEL_PATH,
): Promise<ClassifierModel> {
  const corpus = await loadCorpusTexts('train');
  const model = trainModel(buildTrainingSet(corpus), corrections);
  await saveModel(model, modelPath);
  reloadDocumentClassifier();
  return model;
}
