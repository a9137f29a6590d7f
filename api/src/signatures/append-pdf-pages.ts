import { AppError } from '@deedroom/shared';
import { PDF } from '@libpdf/core';

/** One PDF made of the pages of `parts`, in order. */
export async function appendPdfPages(parts: Buffer[]): Promise<Buffer> {
  try {
    const merged = await PDF.merge(parts.map((p) => new Uint8Array(p)));
    return Buffer.from(await merged.save());
  } catch (err) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Ce PDF ne peut pas être préparé pour la signature (fichier illisible ou protégé).',
      { reason: err instanceof Error ? err.message : String(err) },
    );
  }
}
