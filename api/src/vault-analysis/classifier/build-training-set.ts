import { createRandom } from '../corpus-generator/random-source';
import { addOcrNoise } from './add-ocr-noise';
import type { LabelledSample } from './classifier-model';

/** Each corpus document as written, plus one OCR-damaged copy so scans classify like text. */
export function buildTrainingSet(samples: readonly LabelledSample[]): LabelledSample[] {
  const r = createRandom(20_251_127);
  return samples.flatMap((sample) => [
    sample,
    { category: sample.category, text: addOcrNoise(r, sample.text) },
  ]);
}
