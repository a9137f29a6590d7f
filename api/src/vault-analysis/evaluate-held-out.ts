import { DOCUMENT_CATEGORIES, type DocumentCategory } from '@deedroom/shared';
import { loadModel } from './classifier/load-model';
import { createClassifier } from './classifier/predict-category';
import type { CorpusFormat } from './corpus-generator/corpus-layout';
import { loadCorpusManifest } from './corpus-generator/load-corpus';
import { mediaTypeOf } from './corpus-generator/media-type-of';
import { extractText } from './extraction/extract-text';
import { createOcrEngine } from './extraction/ocr-engine';

export interface EvaluationItem {
  file: string;
  format: CorpusFormat;
  expected: DocumentCategory;
  predicted: DocumentCategory;
  confidence: number;
  seconds: number;
}

export interface EvaluationReport {
  items: EvaluationItem[];
  accuracy: number;
  accuracyByFormat: Partial<Record<CorpusFormat, { correct: number; total: number }>>;
  perCategory: Record<DocumentCategory, { precision: number; recall: number; support: number }>;
  /** confusion[expected][predicted] = count */
  confusion: Record<DocumentCategory, Record<DocumentCategory, number>>;
}

/**
 * Runs the vault's extraction and the committed model over the held-out split (never trained on):
 * its .txt documents and, unless excluded, their text PDFs and scans (OCR).
 */
export async function evaluateHeldOut(
  formats: readonly CorpusFormat[] = ['txt', 'pdf', 'png-scan', 'pdf-scan'],
): Promise<EvaluationReport> {
  const classifier = createClassifier(await loadModel());
  const entries = (await loadCorpusManifest()).filter(
    (e) => e.split === 'held-out' && formats.includes(e.format),
  );
  const ocr = createOcrEngine();
  const items: EvaluationItem[] = [];
  try {
    for (const entry of entries) {
      const started = performance.now();
      const { text } = await extractText({ filePath: entry.path, mediaType: mediaTypeOf(entry.path) }, ocr);
      const { category, confidence } = classifier.predict(text);
      items.push({
        file: entry.file,
        format: entry.format,
        expected: entry.category as DocumentCategory,
        predicted: category,
        confidence,
        seconds: (performance.now() - started) / 1000,
      });
    }
  } finally {
    await ocr.close();
  }
  return summarize(items);
}

function summarize(items: EvaluationItem[]): EvaluationReport {
  const confusion = Object.fromEntries(
    DOCUMENT_CATEGORIES.map((e) => [e, Object.fromEntries(DOCUMENT_CATEGORIES.map((p) => [p, 0]))]),
  ) as EvaluationReport['confusion'];
  const accuracyByFormat: EvaluationReport['accuracyByFormat'] = {};
  for (const item of items) {
    confusion[item.expected][item.predicted]++;
    const bucket = accuracyByFormat[item.format] ?? { correct: 0, total: 0 };
    accuracyByFormat[item.format] = bucket;
    bucket.total++;
    if (item.expected === item.predicted) bucket.correct++;
  }
  const perCategory = Object.fromEntries(
    DOCUMENT_CATEGORIES.map((c) => {
      const truePositives = confusion[c][c];
      const predicted = DOCUMENT_CATEGORIES.reduce((sum, e) => sum + confusion[e][c], 0);
      const support = DOCUMENT_CATEGORIES.reduce((sum, p) => sum + confusion[c][p], 0);
      return [
        c,
        {
          precision: predicted ? truePositives / predicted : 0,
          recall: support ? truePositives / support : 0,
          support,
        },
      ];
    }),
  ) as EvaluationReport['perCategory'];
  const correct = items.filter((i) => i.expected === i.predicted).length;
  return {
    items,
    accuracy: items.length ? correct / items.length : 0,
    accuracyByFormat,
    perCategory,
    confusion,
  };
}
