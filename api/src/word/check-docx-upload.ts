import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError, type DocxImportRefusal, LIMITS } from '@deedroom/shared';
import { checkZipEntries } from '../vault/check-zip-entries';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAIN_PART = 'word/document.xml';

export function refuseDocx(reason: DocxImportRefusal, message: string): AppError {
  const code =
    reason === 'too_large'
      ? 'PAYLOAD_TOO_LARGE'
      : reason === 'empty_document'
        ? 'VALIDATION_FAILED'
        : 'UNSUPPORTED_MEDIA_TYPE';
  return new AppError(code, message, { reason });
}

const NOT_DOCX =
  'Ce fichier n’est pas un document Word (.docx). Enregistrez-le au format « Document Word (.docx) » puis importez-le à nouveau.';

/**
 * Refuses what is not a Word document before anything decompresses it: the size limit, the zip
 * signature, the archive's declared sizes (the vault's zip-bomb guard) and the main part's name
 * in the central directory (stored uncompressed).
 */
export async function checkDocxUpload(bytes: Buffer): Promise<void> {
  if (bytes.length > LIMITS.docxImportMaxBytes) {
    const megabytes = Math.round(LIMITS.docxImportMaxBytes / (1024 * 1024));
    throw refuseDocx(
      'too_large',
      `Le fichier dépasse ${megabytes} Mo : retirez les images ou scindez le document avant de l’importer.`,
    );
  }
  if (bytes.length < 22 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw refuseDocx('not_docx', NOT_DOCX);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'deedroom-docx-'));
  const file = path.join(dir, 'upload.docx');
  try {
    await fsp.writeFile(file, bytes);
    await checkZipEntries(file, bytes.length);
  } catch (err) {
    if (err instanceof AppError) {
      const reason = (err.details as { reason?: string } | undefined)?.reason;
      if (reason === 'zip_bomb') {
        throw refuseDocx(
          'zip_bomb',
          'Ce fichier se décompresse de façon anormale (bombe de décompression) : il a été refusé. Ouvrez-le dans Word et enregistrez-en une copie propre.',
        );
      }
      throw refuseDocx(
        'zip_invalid',
        'Le fichier est endommagé ou incomplet : ouvrez-le dans Word, enregistrez-le à nouveau puis réessayez.',
      );
    }
    throw err;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  if (!bytes.includes(MAIN_PART)) throw refuseDocx('not_docx', NOT_DOCX);
}
