import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes PDF bytes to a temp file for the poppler and qpdf command-line tools. */
export function writeTempPdf(bytes: Uint8Array): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deedroom-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** `pdftotext -layout` of the whole PDF, or of pages `first`..`last`. */
export function extractPdfText(bytes: Uint8Array, pages?: { first: number; last: number }): string {
  const tmp = writeTempPdf(bytes);
  try {
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    return execFileSync('pdftotext', ['-layout', ...range, tmp.file, '-'], { encoding: 'utf8' });
  } finally {
    tmp.remove();
  }
}

/** `qpdf --check`: throws when the PDF's structure is broken. */
export function checkPdfStructure(bytes: Uint8Array): string {
  const tmp = writeTempPdf(bytes);
  try {
    return execFileSync('qpdf', ['--check', tmp.file], { encoding: 'utf8' });
  } finally {
    tmp.remove();
  }
}

/** Page count from the footer « Page 1 sur N » of the first page. */
export function countPdfPages(text: string): number {
  const match = /Page 1 sur (\d+)/.exec(text);
  if (!match?.[1]) throw new Error('no « Page 1 sur N » footer');
  return Number(match[1]);
}

export interface RgbImage {
  width: number;
  height: number;
  pixels: Buffer;
}

/** One page rendered by `pdftoppm` as raw RGB (PPM), to measure the colours drawn on it. */
export function renderPdfPage(bytes: Uint8Array, page: number, dpi = 72): RgbImage {
  const tmp = writeTempPdf(bytes);
  try {
    const ppm = execFileSync(
      'pdftoppm',
      ['-r', String(dpi), '-f', String(page), '-l', String(page), tmp.file],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // P6\n<width> <height>\n255\n<pixels>
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header?.[1] || !header[2]) throw new Error('not a PPM image');
    return {
      width: Number(header[1]),
      height: Number(header[2]),
      pixels: ppm.subarray(header[0].length),
    };
  } finally {
    tmp.remove();
  }
}

/** Pixels whose colour is within `tolerance` of `hex` on each channel. */
export function countPixelsNear(image: RgbImage, hex: string, tolerance = 40): number {
  const r = Number.parseInt(hex.slice(1, 3), 16);
  const g = Number.parseInt(hex.slice(3, 5), 16);
  const b = Number.parseInt(hex.slice(5, 7), 16);
  let count = 0;
  for (let i = 0; i + 2 < image.pixels.length; i += 3) {
    if (
      Math.abs((image.pixels[i] ?? 0) - r) <= tolerance &&
      Math.abs((image.pixels[i + 1] ?? 0) - g) <= tolerance &&
      Math.abs((image.pixels[i + 2] ?? 0) - b) <= tolerance
    ) {
      count += 1;
    }
  }
  return count;
}

/** `pdffonts`: the fonts a PDF uses, with whether each is embedded and subset. */
export function listPdfFonts(bytes: Uint8Array): string {
  const tmp = writeTempPdf(bytes);
  try {
    return execFileSync('pdffonts', [tmp.file], { encoding: 'utf8' });
  } finally {
    tmp.remove();
  }
}

/** The PDF's ToUnicode character maps (streams uncompressed by `qpdf --qdf`), lower-cased. */
export function readToUnicodeMaps(bytes: Uint8Array): string {
  const tmp = writeTempPdf(bytes);
  try {
    const qdf = `${tmp.file}.qdf`;
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', tmp.file, qdf]);
    const text = fs.readFileSync(qdf, 'latin1');
    const maps = text.match(/begincmap[\s\S]*?endcmap/g) ?? [];
    return maps.join('\n').toLowerCase();
  } finally {
    tmp.remove();
  }
}
