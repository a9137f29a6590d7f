import { readFile } from 'node:fs/promises';
import { extractDocxText } from './extract-docx-text';
import { extractPdfText } from './extract-pdf-text';
import type { OcrEngine } from './ocr-engine';
import { renderPdfPages } from './render-pdf-pages';

/** OCR reads at most this many pages of a scanned PDF: the first pages carry the document's kind. */
export const OCR_MAX_PAGES = 3;
/** Time after which a scanned PDF's remaining pages are skipped. */
export const OCR_PDF_BUDGET_MS = 30_000;
/** Below this many letters a PDF's text layer is taken as absent (a scan) and OCR runs. */
const MIN_TEXT_LAYER_LETTERS = 40;

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/bmp']);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT_TYPES = new Set(['text/plain', 'text/csv', 'text/markdown', 'application/csv']);

export interface ExtractedText {
  text: string;
  method: 'pdf-text' | 'pdf-ocr' | 'image-ocr' | 'docx' | 'plain' | 'none';
}

function countLetters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** Text of a stored file by its (sniffed) media type; scans and images go through French OCR. */
export async function extractText(
  input: { filePath: string; mediaType: string },
  ocr: OcrEngine,
): Promise<ExtractedText> {
  const mediaType = input.mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/pdf') {
    const { text } = await extractPdfText(input.filePath);
    if (countLetters(text) >= MIN_TEXT_LAYER_LETTERS) return { text, method: 'pdf-text' };
    const pages = await renderPdfPages(input.filePath, OCR_MAX_PAGES);
    const parts: string[] = [];
    const deadline = Date.now() + OCR_PDF_BUDGET_MS;
    for (const page of pages) {
      // Later pages only while the budget lasts: the first page is what tells the kind of document.
      if (parts.length > 0 && Date.now() > deadline) break;
      parts.push(await ocr.recognize(page));
    }
    return { text: parts.join('\n'), method: 'pdf-ocr' };
  }
  if (IMAGE_TYPES.has(mediaType)) {
    return { text: await ocr.recognize(await readFile(input.filePath)), method: 'image-ocr' };
  }
  if (mediaType === DOCX_TYPE) return { text: await extractDocxText(input.filePath), method: 'docx' };
  if (TEXT_TYPES.has(mediaType) || mediaType.startsWith('text/')) {
    return { text: await readFile(input.filePath, 'utf8'), method: 'plain' };
  }
  return { text: '', method: 'none' };
}
