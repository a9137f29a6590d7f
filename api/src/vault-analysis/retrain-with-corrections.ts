import { useClassifierModel } from './analyze-document';
import { buildTrainingSet } from './classifier/build-training-set';
import type { ClassifierModel, LabelledSample } from './classifier/classifier-model';
import { MODEL_PATH, saveModel } from './classifier/load-model';
import { trainModel } from './classifier/train-model';
import { loadCorpusTexts } from './corpus-generator/load-corpus';

/**
 * Retrains the classifier on the shipped corpus's training split plus people's corrections (the
 * extracted text of a document and the category a person chose; each weighs three corpus
 * documents), writes the model to `modelPath` and makes the next `analyzeDocument` calls use it.
 * In production pass a path in the data folder (the default overwrites the committed model, which
 * is `train:classifier`'s job) and call `useClassifierModel(thatPath)` at start-up so it survives a
 * restart. About 15 s of CPU on one core that block the event loop: run it in a worker thread or a
 * child process (`train-classifier.ts --corrections <json> --out <model>` is that process), never
 * on a request.
 *
 * @example
 *   const corrections = await db.selectFrom('vault_category_corrections')...; // { text, category }[]
 *   await retrainWithCorrections(corrections, path.join(dataDir, 'classifier-model.json'));
 */
export async function retrainWithCorrections(
  corrections: readonly LabelledSample[],
  modelPath: string = MODEL_PATH,
): Promise<ClassifierModel> {
  const corpus = await loadCorpusTexts('train');
  const model = trainModel(buildTrainingSet(corpus), corrections);
  await saveModel(model, modelPath);
  useClassifierModel(modelPath);
  return model;
}
