import { buildTrainingSet } from '../classifier/build-training-set';
import { MODEL_PATH, saveModel } from '../classifier/load-model';
import { trainModel } from '../classifier/train-model';
import { loadCorpusTexts } from '../corpus-generator/load-corpus';

/** `pnpm train:classifier`: rebuilds model/classifier-model.json from the corpus's training split. */
async function main(): Promise<void> {
  const started = performance.now();
  const corpus = await loadCorpusTexts('train');
  const model = trainModel(buildTrainingSet(corpus));
  await saveModel(model);
  process.stdout.write(
    `Trained on ${corpus.length} documents (+ an OCR-damaged copy and an excerpt of each), ${model.vocabulary.length} terms, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s → ${MODEL_PATH}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`train-classifier failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
