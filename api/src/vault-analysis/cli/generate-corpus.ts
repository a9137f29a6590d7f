import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_CATEGORIES } from '@deedroom/shared';
import {
  CORPUS_DIR,
  type CorpusEntry,
  DOCUMENTS_PER_CATEGORY,
  RENDERED_PER_CATEGORY,
} from '../corpus-generator/corpus-layout';
import { fakeFacts } from '../corpus-generator/fake-facts';
import { isHeldOut } from '../corpus-generator/is-held-out';
import { createRandom } from '../corpus-generator/random-source';
import { CATEGORY_WRITERS } from '../corpus-generator/write-category-document';
import { createImagePdf } from '../rendering/create-image-pdf';
import { createTextPdf } from '../rendering/create-text-pdf';
import { encodePng } from '../rendering/encode-png';
import { renderScan } from '../rendering/render-scan';

/**
 * `pnpm corpus:generate`: rewrites the generated corpus (text/, pdf/, scans/), identically for a given
 * generator version, and the manifest; corpus/handwritten/ is kept as written.
 */
async function main(): Promise<void> {
  for (const dir of ['text', 'pdf', 'scans'])
    await rm(path.join(CORPUS_DIR, dir), { recursive: true, force: true });
  const manifest: CorpusEntry[] = [];
  for (const [c, category] of DOCUMENT_CATEGORIES.entries()) {
    await mkdir(path.join(CORPUS_DIR, 'text', category), { recursive: true });
    await mkdir(path.join(CORPUS_DIR, 'pdf'), { recursive: true });
    await mkdir(path.join(CORPUS_DIR, 'scans'), { recursive: true });
    let heldOutSeen = 0;
    for (let i = 0; i < DOCUMENTS_PER_CATEGORY; i++) {
      const r = createRandom(1_000_003 * (c + 1) + 7919 * i);
      const text = CATEGORY_WRITERS[category](r, fakeFacts(r));
      const name = `${category}-${String(i).padStart(3, '0')}`;
      const split = isHeldOut(name) ? 'held-out' : 'train';
      const txt = `text/${category}/${name}.txt`;
      await writeFile(path.join(CORPUS_DIR, txt), text);
      manifest.push({ file: txt, category, split, format: 'txt' });
      if (split === 'train') continue;
      const slot = heldOutSeen++;
      if (slot < RENDERED_PER_CATEGORY.textPdf) {
        await writeFile(path.join(CORPUS_DIR, 'pdf', `${name}.pdf`), createTextPdf(text));
        manifest.push({ file: `pdf/${name}.pdf`, category, split, format: 'pdf' });
      } else if (slot < RENDERED_PER_CATEGORY.textPdf + RENDERED_PER_CATEGORY.pngScan) {
        await writeFile(path.join(CORPUS_DIR, 'scans', `${name}.png`), encodePng(await renderScan(r, text)));
        manifest.push({ file: `scans/${name}.png`, category, split, format: 'png-scan' });
      } else if (
        slot <
        RENDERED_PER_CATEGORY.textPdf + RENDERED_PER_CATEGORY.pngScan + RENDERED_PER_CATEGORY.scannedPdf
      ) {
        await writeFile(
          path.join(CORPUS_DIR, 'scans', `${name}-scan.pdf`),
          createImagePdf(await renderScan(r, text)),
        );
        manifest.push({ file: `scans/${name}-scan.pdf`, category, split, format: 'pdf-scan' });
      }
    }
  }
  for (const name of (await readdir(path.join(CORPUS_DIR, 'handwritten'))).sort()) {
    const category = name.replace(/-h\d+\.txt$/, '');
    manifest.push({ file: `handwritten/${name}`, category, split: 'held-out', format: 'handwritten' });
  }
  await writeFile(path.join(CORPUS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const heldOut = manifest.filter((e) => e.split === 'held-out');
  process.stdout.write(
    `Corpus written to ${CORPUS_DIR}: ${manifest.filter((e) => e.format === 'txt').length} documents, ${heldOut.filter((e) => e.format === 'txt').length} held out; ` +
      `${manifest.filter((e) => e.format !== 'txt' && e.format !== 'handwritten').length} rendered (PDF and scans).\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`generate-corpus failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
