import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Resolution of page images handed to OCR: enough for body text, cheap enough for 3 pages. */
export const OCR_RENDER_DPI = 200;

/**
 * Renders the first pages of a PDF to grayscale PNG buffers with poppler's `pdftoppm`
 * (Debian package poppler-utils), for PDFs without a text layer. Empty when pdftoppm is missing.
 */
export async function renderPdfPages(filePath: string, maxPages: number): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'deedroom-ocr-'));
  try {
    await run(
      'pdftoppm',
      [
        '-png',
        '-gray',
        '-r',
        String(OCR_RENDER_DPI),
        '-f',
        '1',
        '-l',
        String(maxPages),
        filePath,
        path.join(dir, 'page'),
      ],
      { timeout: 60_000 },
    );
    const names = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    return await Promise.all(names.map((name) => readFile(path.join(dir, name))));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
