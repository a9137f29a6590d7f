import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadModel } from '../classifier/load-model';
import { createClassifier } from '../classifier/predict-category';
import { loadCorpusManifest } from '../corpus-generator/load-corpus';
import { mediaTypeOf } from '../corpus-generator/media-type-of';
import { extractText } from '../extraction/extract-text';
import { createOcrEngine } from '../extraction/ocr-engine';
import { createTextPdf } from '../rendering/create-text-pdf';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * `pnpm bench:classify`: time per document for extraction + classification, without OCR (text
 * PDFs, plain text) and with OCR (PNG scans, scanned PDFs), one warm OCR worker as in the vault.
 */
async function main(): Promise<void> {
  const perFormat = Number(process.env.BENCH_DOCS ?? 8);
  const loadStart = performance.now();
  const classifier = createClassifier(await loadModel());
  const loadMs = performance.now() - loadStart;
  const entries = await loadCorpusManifest();
  const ocr = createOcrEngine();
  const warmStart = performance.now();
  const firstScan = entries.find((e) => e.format === 'png-scan');
  if (firstScan) await ocr.recognize(firstScan.path);
  const warmMs = performance.now() - warmStart;
  const lines = [
    `Model load: ${loadMs.toFixed(0)} ms; OCR worker start + first page: ${(warmMs / 1000).toFixed(1)} s`,
    `${'input'.padEnd(28)} docs   median     mean   (extraction + classification, per document)`,
  ];
  // A long text PDF too: 10 pages, to show the text layer's cost grows with length.
  const long = path.join(tmpdir(), 'deedroom-bench-long.pdf');
  const longText = entries
    .filter((e) => e.format === 'txt')
    .slice(0, 40)
    .map((e) => e.file)
    .join('\n');
  await writeFile(long, createTextPdf(`${longText}\n`.repeat(12)));
  const groups: [string, string[]][] = [
    [
      'plain text (.txt)',
      entries
        .filter((e) => e.format === 'txt')
        .slice(0, perFormat)
        .map((e) => e.path),
    ],
    [
      'PDF, text layer (no OCR)',
      entries
        .filter((e) => e.format === 'pdf')
        .slice(0, perFormat)
        .map((e) => e.path),
    ],
    ['PDF, 10+ pages text layer', [long]],
    [
      'PNG scan (OCR)',
      entries
        .filter((e) => e.format === 'png-scan')
        .slice(0, perFormat)
        .map((e) => e.path),
    ],
    [
      'scanned PDF (render + OCR)',
      entries
        .filter((e) => e.format === 'pdf-scan')
        .slice(0, perFormat)
        .map((e) => e.path),
    ],
  ];
  try {
    for (const [label, files] of groups) {
      const times: number[] = [];
      for (const file of files) {
        const started = performance.now();
        const { text } = await extractText({ filePath: file, mediaType: mediaTypeOf(file) }, ocr);
        classifier.predict(text);
        times.push(performance.now() - started);
      }
      const mean = times.reduce((a, b) => a + b, 0) / (times.length || 1);
      lines.push(
        `${label.padEnd(28)} ${String(times.length).padStart(4)} ${`${median(times).toFixed(0)} ms`.padStart(9)} ${`${mean.toFixed(0)} ms`.padStart(9)}`,
      );
    }
  } finally {
    await ocr.close();
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-classify failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
