import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DOCUMENT_CATEGORIES } from '@deedroom/shared';
import { buildTrainingSet } from '../classifier/build-training-set';
import type { LabelledSample } from '../classifier/classifier-model';
import { MODEL_PATH, saveModel } from '../classifier/load-model';
import { trainModel } from '../classifier/train-model';
import { loadCorpusTexts } from '../corpus-generator/load-corpus';

async function readCorrections(file: string | undefined): Promise<LabelledSample[]> {
  if (!file) return [];
  const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of { text, category }`);
  return parsed.map((item: { text?: unknown; category?: unknown }, i) => {
    if (typeof item?.text !== 'string' || !DOCUMENT_CATEGORIES.includes(item.category as never)) {
      throw new Error(`${file}: item ${i} needs a string "text" and a taxonomy "category"`);
    }
    return { text: item.text, category: item.category as LabelledSample['category'] };
  });
}

/**
 * `pnpm train:classifier [--corrections corrections.json] [--out model.json]`: rebuilds the model
 * from the corpus's training split, plus people's corrections (`[{ "text", "category" }]`) when
 * given. Without `--out` it rewrites the committed model/classifier-model.json. The backend can run
 * it as a child process and then call `useClassifierModel(out)`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corrections: { type: 'string' }, out: { type: 'string' } } });
  const started = performance.now();
  const corpus = await loadCorpusTexts('train');
  const corrections = await readCorrections(values.corrections);
  const model = trainModel(buildTrainingSet(corpus), corrections);
  const out = values.out ?? MODEL_PATH;
  await saveModel(model, out);
  process.stdout.write(
    `Trained on ${corpus.length} documents (+ an OCR-damaged copy and two excerpts of each) and ` +
      `${corrections.length} corrections, ${model.vocabulary.length} terms, in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s → ${out}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `train-classifier failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
