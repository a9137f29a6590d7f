import { createRandom, type Random } from '../corpus-generator/random-source';
import { addOcrNoise } from './add-ocr-noise';
import type { LabelledSample } from './classifier-model';

/** A few random lines of a document: first pages, excerpts and short letters must classify too. */
function takeFragment(r: Random, text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const keep = Math.max(3, Math.round(lines.length * (0.15 + 0.35 * r.next())));
  return r
    .some(lines, keep, keep)
    .sort((a, b) => lines.indexOf(a) - lines.indexOf(b))
    .join('\n');
}

/**
 * Each corpus document as written, plus an OCR-damaged copy (so scans classify like text) and a
 * short excerpt (so the model spreads its weight over every telling word, not a few template lines).
 */
export function buildTrainingSet(samples: readonly LabelledSample[]): LabelledSample[] {
  const r = createRandom(20_251_127);
  return samples.flatMap((sample) => [
    sample,
    { category: sample.category, text: addOcrNoise(r, sample.text) },
    { category: sample.category, text: takeFragment(r, sample.text) },
    { category: sample.category, text: takeFragment(r, sample.text) },
  ]);
}
