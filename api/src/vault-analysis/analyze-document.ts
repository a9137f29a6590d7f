import type { DocumentCategory } from '@deedroom/shared';
import { loadModel, MODEL_PATH } from './classifier/load-model';
import { type Classifier, createClassifier } from './classifier/predict-category';
import { extractText } from './extraction/extract-text';
import { createOcrEngine } from './extraction/ocr-engine';
import { extractMetadata } from './metadata/extract-metadata';

export interface DocumentAnalysis {
  text: string;
  category: DocumentCategory;
  /** Softmax probability of `category`, 0..1; compare with CLASSIFIER_CONFIDENCE_THRESHOLD. */
  confidence: number;
  metadata: { dates: string[]; sirens: string[]; amounts: number[] };
}

const ocr = createOcrEngine();
let modelPath = MODEL_PATH;
let classifier: Promise<Classifier> | undefined;

/**
 * Makes the next analyses use the model in `filePath` (default: the committed one), read once on
 * first use. `retrainWithCorrections` calls it with the model it wrote.
 */
export function useClassifierModel(filePath: string = MODEL_PATH): void {
  modelPath = filePath;
  classifier = undefined;
}

/**
 * Extracts a stored file's text (PDF text layer, DOCX, plain text, or French OCR for images and
 * scanned PDFs), predicts its vault category and picks dates, SIREN numbers and euro amounts.
 * Offline; one OCR worker is shared across calls: call `closeDocumentAnalysis()` on shutdown.
 * `mediaType` is the type sniffed from content, not the client's.
 */
export async function analyzeDocument({
  filePath,
  mediaType,
}: {
  filePath: string;
  mediaType: string;
}): Promise<DocumentAnalysis> {
  const { text } = await extractText({ filePath, mediaType }, ocr);
  classifier ??= loadModel(modelPath).then(createClassifier);
  const { category, confidence } = (await classifier).predict(text);
  return { text, category, confidence, metadata: extractMetadata(text) };
}

/** Ends the OCR worker (lets the process exit). */
export async function closeDocumentAnalysis(): Promise<void> {
  await ocr.close();
}
