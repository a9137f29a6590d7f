import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Random } from '../corpus-generator/random-source';
import { createTextPdf } from './create-text-pdf';
import type { GrayImage } from './gray-image';

const run = promisify(execFile);

/** Rasterises the first page of a text PDF with poppler's pdftoppm (PGM, grayscale). */
async function rasterizeFirstPage(pdf: Buffer, dpi: number): Promise<GrayImage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'deedroom-scan-'));
  try {
    await writeFile(path.join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'in.pdf'),
      path.join(dir, 'out'),
    ]);
    const pgm = await readFile(path.join(dir, 'out.pgm'));
    const header = pgm.toString('latin1', 0, 50).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error('pdftoppm did not write a PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return {
      width,
      height,
      pixels: new Uint8Array(pgm.subarray(header[0].length, header[0].length + width * height)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Small rotation (nearest neighbour), grey paper, speckles and faded ink: a cheap office scan. */
function degrade(r: Random, image: GrayImage): GrayImage {
  const { width, height, pixels } = image;
  const angle = ((r.next() * 2 - 1) * 1.5 * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const paper = 235 + r.int(0, 15);
  const ink = r.int(0, 60);
  const out = new Uint8Array(width * height);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.round(cos * (x - cx) + sin * (y - cy) + cx);
      const sy = Math.round(-sin * (x - cx) + cos * (y - cy) + cy);
      const source =
        sx >= 0 && sy >= 0 && sx < width && sy < height ? (pixels[sy * width + sx] as number) : 255;
      let value = ink + ((paper - ink) * source) / 255;
      const noise = r.next();
      // Speckles only: per-pixel grain would make every PNG ten times larger for no OCR gain.
      if (noise < 0.001) value = r.int(0, 90);
      out[y * width + x] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return { width, height, pixels: out };
}

/** The first page of `text` as a noisy, slightly rotated grayscale scan. */
export async function renderScan(r: Random, text: string, dpi = 150): Promise<GrayImage> {
  return degrade(r, await rasterizeFirstPage(createTextPdf(text, 1), dpi));
}
