import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentCategory } from '@deedroom/shared';
import type { LabelledSample } from '../classifier/classifier-model';
import { CORPUS_DIR, type CorpusEntry } from './corpus-layout';
import { isHeldOut } from './is-held-out';

/** The corpus manifest, each entry's split recomputed from its name (the manifest only documents it). */
export async function loadCorpusManifest(
  corpusDir: string = CORPUS_DIR,
): Promise<(CorpusEntry & { path: string })[]> {
  const entries = JSON.parse(await readFile(path.join(corpusDir, 'manifest.json'), 'utf8')) as CorpusEntry[];
  return entries.map((entry) => ({
    ...entry,
    split: entry.format === 'handwritten' || isHeldOut(entry.file) ? 'held-out' : 'train',
    path: path.join(corpusDir, entry.file),
  }));
}

/** The labelled .txt documents of one split. */
export async function loadCorpusTexts(
  split: 'train' | 'held-out',
  corpusDir: string = CORPUS_DIR,
): Promise<(LabelledSample & { file: string })[]> {
  const entries = (await loadCorpusManifest(corpusDir)).filter(
    (e) => e.format === 'txt' && e.split === split,
  );
  return Promise.all(
    entries.map(async (entry) => ({
      file: entry.file,
      category: entry.category as DocumentCategory,
      text: await readFile(entry.path, 'utf8'),
    })),
  );
}
