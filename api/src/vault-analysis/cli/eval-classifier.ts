import { CLASSIFIER_CONFIDENCE_THRESHOLD, DOCUMENT_CATEGORIES } from '@deedroom/shared';
import type { CorpusFormat } from '../corpus-generator/corpus-layout';
import { evaluateHeldOut } from '../evaluate-held-out';

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * `pnpm eval:classifier [--no-ocr]`: accuracy, per-category precision/recall and the confusion
 * matrix on the held-out split (text, text PDFs, PNG scans and scanned PDFs through OCR).
 */
async function main(): Promise<void> {
  const formats: CorpusFormat[] = process.argv.includes('--no-ocr')
    ? ['txt', 'pdf', 'handwritten']
    : ['txt', 'pdf', 'png-scan', 'pdf-scan', 'handwritten'];
  const report = await evaluateHeldOut(formats);
  const out: string[] = [];
  const generated = report.items.filter((i) => i.format !== 'handwritten');
  const generatedCorrect = generated.filter((i) => i.expected === i.predicted).length;
  out.push(
    `Held-out split: ${report.items.length} items — top-1 accuracy ${percent(report.accuracy)}`,
    `  generated documents (text, PDF, scans): ${generatedCorrect}/${generated.length} ${percent(generatedCorrect / (generated.length || 1))}`,
  );
  for (const [format, { correct, total }] of Object.entries(report.accuracyByFormat)) {
    const seconds = report.items.filter((i) => i.format === format).reduce((sum, i) => sum + i.seconds, 0);
    out.push(
      `  ${format.padEnd(11)} ${String(correct).padStart(4)}/${String(total).padEnd(4)} ${percent(correct / total).padStart(7)}   ${((1000 * seconds) / total).toFixed(0).padStart(6)} ms/document`,
    );
  }
  out.push('', `${'category'.padEnd(24)} precision  recall  support`);
  for (const c of DOCUMENT_CATEGORIES) {
    const { precision, recall, support } = report.perCategory[c];
    out.push(
      `${c.padEnd(24)} ${percent(precision).padStart(9)} ${percent(recall).padStart(7)} ${String(support).padStart(8)}`,
    );
  }
  const short = DOCUMENT_CATEGORIES.map((c) => c.slice(0, 5));
  out.push(
    '',
    'Confusion matrix (rows: expected, columns: predicted)',
    `${''.padEnd(24)}${short.map((s) => s.padStart(6)).join('')}`,
  );
  for (const e of DOCUMENT_CATEGORIES) {
    out.push(
      `${e.padEnd(24)}${DOCUMENT_CATEGORIES.map((p) => String(report.confusion[e][p] || '.').padStart(6)).join('')}`,
    );
  }
  const errors = report.items.filter((i) => i.expected !== i.predicted);
  if (errors.length > 0) {
    out.push('', 'Misclassified:');
    for (const i of errors)
      out.push(`  ${i.file}: ${i.expected} → ${i.predicted} (${i.confidence.toFixed(2)})`);
  }
  // What the vault does with it: files from the threshold up, asks a person below.
  out.push('', `At the filing threshold (${CLASSIFIER_CONFIDENCE_THRESHOLD}):`);
  for (const [label, items] of [
    ['generated', report.items.filter((i) => i.format !== 'handwritten')],
    ['handwritten', report.items.filter((i) => i.format === 'handwritten')],
  ] as const) {
    const filed = items.filter((i) => i.confidence >= CLASSIFIER_CONFIDENCE_THRESHOLD);
    const right = filed.filter((i) => i.expected === i.predicted).length;
    out.push(
      `  ${label.padEnd(12)} filed automatically ${filed.length}/${items.length}, right ${right}/${filed.length}; « à vérifier » ${items.length - filed.length}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval-classifier failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
